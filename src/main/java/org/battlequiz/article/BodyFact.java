package org.battlequiz.article;

/**
 * A dated or numeric statement from the article body, for cloze and timeline questions.
 * kind is DATE or NUMBER; value is the ISO date (or year) or the number as written; sentence is the whole sentence.
 */
public record BodyFact(BodyFactKind kind, String value, String sentence, SourceLine source) {
    /** SENTENCE: a sentence of the body with no date or figure read from it, kept for items on its words. */
    public enum BodyFactKind { DATE, NUMBER, SENTENCE }
}
