package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A result naming a people neither column names: a sentence that speaks of that people and also of one side is no
 * sign that the side is theirs, so the parser names no winner rather than that side.
 */
class VictorOnlyMentionedNearASideTest {
    private static String article(String body) {
        return String.join("\n", "Battle of Tarrow Green", "", "Battle of Tarrow Green",
                "Part of the Tarrow campaign", "", "Date3 May 1702", "LocationTarrow Green", "Result",
                "  • Vessan victory", "Belligerents", " Harn Bay  Kingdom of Ostrel", "Commanders and leaders",
                "Amos Pell Rufus Grane", "Strength", "700 1,500", "Casualties and losses", "40 killed 90 killed", "",
                body, "", "  1. ^ Invented for this test.", "",
                "From Wikipedia, the free encyclopedia · View on Wikipedia");
    }

    @Test
    void aSentenceNamingThePeopleAndOneSideGivesNoWinner() {
        ParsedArticle parsed = new ArticleParser().parse(article("The battle of Tarrow Green was the first action"
                + " of the long Vessan rising, in which the royal army of Ostrel fought the farmers of the coast."));
        assertEquals(2, parsed.sides().size());
        assertNull(parsed.winner());
    }

    @Test
    void thePeopleNamedBesideASideStillGivesItsWinner() {
        ParsedArticle parsed = new ArticleParser().parse(article("The battle of Tarrow Green was the first action"
                + " of the long rising, in which the Harn Bay Vessans drove back the royal army of Ostrel."));
        assertEquals(0, parsed.winner());
    }
}
