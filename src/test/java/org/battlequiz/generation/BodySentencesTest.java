package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** Sentences of the body with no date or figure in them still give items on their words. Invented article. */
class BodySentencesTest {
    private static final String CONSEQUENCE = "The defeat at Harrow Moor led to the Treaty of Elmstead, which gave the"
            + " northern shires to the Kingdom of Varland.";
    private static final String LEADER = "The Osterian army was commanded by Mira Tolvane, who attacked the Varlish camp"
            + " before dawn.";
    private static final String ARTICLE = String.join("\n", "Battle of Harrow Moor", "", "Battle of Harrow Moor",
            "Part of the Shire Wars", "", "Date3 October 1411", "LocationHarrow Moor, Varland",
            "Result Decisive Varlish victory", "Belligerents", "Kingdom of Varland Osterian Republic",
            "Commanders and leaders", "Anton Brisk Mira Tolvane", "Strength", "6,000 9,000",
            "Casualties and losses", "400 killed 2,100 killed", "", LEADER + " " + CONSEQUENCE, "");

    @Test
    void plainSentencesAreKeptAndGiveAConsequenceAndACloze() {
        ParsedArticle a = new ArticleParser().parse(ARTICLE);
        assertTrue(a.bodyFacts().stream().anyMatch(f -> f.kind() == BodyFact.BodyFactKind.SENTENCE
                && f.sentence().equals(CONSEQUENCE)), a.bodyFacts()::toString);
        List<QuestionContent> qs = new QuestionGenerator().generate(a, List.of(), 3).questions();
        assertTrue(qs.stream().anyMatch(q -> q.factKind().equals("significance")
                && q.keys().contains("Treaty of Elmstead")), qs::toString);
        assertTrue(qs.stream().anyMatch(q -> q.prompt().contains("was commanded by ____")
                && q.keys().contains("Mira Tolvane")), qs::toString);
    }

    @Test
    void aDateSomethingWasAwaitedByIsNotWhenItHappened() {
        String awaited = "A column of 3,000 men from Elmstead had yet to arrive and was not expected until 22 October.";
        ParsedArticle a = new ArticleParser().parse(ARTICLE.replace(CONSEQUENCE,
                "On 12 October the Osterians reached the moor. " + awaited));
        assertTrue(a.bodyFacts().stream().noneMatch(f -> f.kind() == BodyFact.BodyFactKind.DATE
                && f.sentence().equals(awaited)), a.bodyFacts()::toString);
        assertTrue(a.bodyFacts().stream().anyMatch(f -> f.kind() == BodyFact.BodyFactKind.DATE
                && f.value().equals("1411-10-12")), a.bodyFacts()::toString);
    }
}
