package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/**
 * A result that gives the tactical victory to one side and the strategic one to the other names no victor; and an
 * emperor or crown prince is named without the honorific. Invented article: no real battle.
 */
class VerdictsAndHonorificsTest {
    private static ParsedArticle orle(String result, String commanders) {
        return new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle", "Date20 May 1813",
                "Location Orle", "Result " + result, "Belligerents", "Vell Tessa", "Commanders and leaders",
                commanders, "Strength", "96,000 115,000", "Casualties and losses",
                "20,000 killed 11,000 killed", "",
                "The Battle of Orle was fought on 20 May 1813 between the armies of Vell and Tessa."));
    }

    private static Integer winner(String result) {
        return orle(result, "Hadran Oskel Piet Varne").winner();
    }

    @Test
    void anEmperorOrACrownPrinceIsNamedWithoutTheHonorific() {
        ParsedArticle a = orle("Vellish victory", "Emperor Hadran\n\nCrown Prince Piet Varne");
        assertEquals(java.util.List.of("Hadran", "Prince Piet Varne"), a.sides().stream()
                .flatMap(s -> s.commanders().stream()).map(Commander::name).toList());
    }

    @Test
    void eachSideWinningInItsWayIsNoVictory() {
        assertNull(winner("Vellish tactical victory, strategic Tessan victory."));
    }

    @Test
    void oneSideWinningBothWaysIsTheVictor() {
        assertEquals(0, winner("Decisive tactical and strategic Vellish victory"));
    }
}
