package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A result that gives the tactical victory to one side and the strategic one to the other names no victor. */
class TwoVerdictsTest {
    private static Integer winner(String result) {
        return new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle", "Date20 May 1813",
                "Location Orle", "Result " + result, "Belligerents", "Vell Tessa", "Commanders and leaders",
                "Hadran Oskel Piet Varne", "Strength", "96,000 115,000", "Casualties and losses",
                "20,000 killed 11,000 killed", "",
                "The Battle of Orle was fought on 20 May 1813 between the armies of Vell and Tessa.")).winner();
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
