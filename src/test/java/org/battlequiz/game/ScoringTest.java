package org.battlequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoringTest {
    @Test
    void aRightAnswerEarnsAThousandWhenSpeedDoesNotCount() {
        Scoring.Outcome outcome = Scoring.score(1, 19_000, 20_000, false, 0);
        assertEquals(1000, outcome.points());
        assertTrue(outcome.right());
        assertEquals(1, outcome.streak());
    }

    @Test
    void withSpeedARightAnswerEarnsFromAThousandAtOnceToFiveHundredAtTheLastMoment() {
        assertEquals(1000, Scoring.score(1, 0, 20_000, true, 0).points());
        assertEquals(750, Scoring.score(1, 10_000, 20_000, true, 0).points());
        assertEquals(500, Scoring.score(1, 20_000, 20_000, true, 0).points());
        assertEquals(500, Scoring.score(1, 25_000, 20_000, true, 0).points(), "time past the limit counts as the limit");
    }

    @Test
    void aWrongAnswerEarnsNothingAndEndsTheStreak() {
        Scoring.Outcome outcome = Scoring.score(0, 1_000, 20_000, true, 4);
        assertEquals(0, outcome.points());
        assertEquals(0, outcome.bonus());
        assertEquals(0, outcome.streak());
        assertFalse(outcome.right());
    }

    @Test
    void partialCreditEarnsItsShareWithoutBonusAndEndsTheStreak() {
        Scoring.Outcome outcome = Scoring.score(0.5, 0, 20_000, false, 3);
        assertEquals(500, outcome.points());
        assertEquals(0, outcome.bonus());
        assertEquals(0, outcome.streak());
    }

    @Test
    void eachRightAnswerInARowAddsAHundredUpToFiveHundred() {
        assertEquals(1000, Scoring.score(1, 0, 20_000, false, 0).points());
        assertEquals(1100, Scoring.score(1, 0, 20_000, false, 1).points());
        assertEquals(1300, Scoring.score(1, 0, 20_000, false, 3).points());
        assertEquals(1500, Scoring.score(1, 0, 20_000, false, 9).points());
        assertEquals(6, Scoring.score(1, 0, 20_000, false, 5).streak());
    }
}
