package org.battlequiz.generation;

import java.util.List;
import org.battlequiz.article.ParsedArticle;

/** Turns an article's facts into quiz items. Plain Java, deterministic for a given article, bank and seed. */
public final class QuestionGenerator {
    public static final String VERSION = "gen-1";

    /**
     * @param bank other articles whose facts may serve as distractors (may be empty; the article itself is ignored)
     */
    public GenerationResult generate(ParsedArticle article, List<ParsedArticle> bank, long seed) {
        throw new UnsupportedOperationException("QuestionGenerator is being written on the generator branch");
    }
}
