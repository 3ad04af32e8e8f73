package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** "366–459 killed (acc. Varnian General Staff)": a loss the row credits to one party's count is asked as theirs. */
class CountedByOnePartyTest {
    private static List<QuestionContent> lossItems(String varnianLosses) {
        ParsedArticle article = new ArticleParser().parse(String.join("\n", "Battle of Oued Sarra", "",
                "Battle of Oued Sarra", "Part of the Sahel War", "", "Date6 April 1963", "LocationOued Sarra",
                "Result Tessan victory", "Belligerents", "Tessa  Varnia", "Commanders and leaders", "Amos Pell Rufus Grane",
                "Strength", "3,000 1,400", "Casualties and losses", "120 killed", varnianLosses, "",
                "The Battle of Oued Sarra was fought on the coast road in April 1963.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia"));
        return Fixtures.items(new CasualtyItems(), article).stream()
                .filter(q -> q.explanation().contains("366")).toList();
    }

    @Test
    void aFigureCountedByOnePartyNamesItInTheQuestion() {
        for (String losses : List.of("366–459 killed, 158 missing (acc. Varnian General Staff)",
                "366–459 killed, 158 missing (according to the Varnian General Staff)")) {
            List<QuestionContent> items = lossItems(losses);
            assertFalse(items.isEmpty(), losses);
            items.forEach(q -> assertTrue(q.prompt().startsWith("According to the Varnian General Staff,"), q.prompt()));
        }
    }

    @Test
    void aFigureWithoutACountingPartyIsAskedPlainly() {
        List<QuestionContent> items = lossItems("366–459 killed, 158 missing");
        assertFalse(items.isEmpty());
        items.forEach(q -> assertFalse(q.prompt().startsWith("According"), q.prompt()));
    }
}
