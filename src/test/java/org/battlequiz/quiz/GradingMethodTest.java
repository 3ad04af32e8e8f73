package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradingMethodTest {

    private static final Instant T = Instant.parse("2024-06-01T10:00:00Z");

    private static final List<SubmittedScore> THREE = List.of(
            new SubmittedScore(7, T.plusSeconds(600), 90),
            new SubmittedScore(5, T, 40),
            new SubmittedScore(9, T.plusSeconds(1200), 65));

    @Test
    void highestTakesTheBestAttempt() {
        assertEquals(90, GradingMethod.HIGHEST.grade(THREE).getAsDouble());
    }

    @Test
    void averageTakesTheMeanOfAllAttempts() {
        assertEquals(65, GradingMethod.AVERAGE.grade(THREE).getAsDouble(), 1e-9);
    }

    @Test
    void firstAndLastFollowSubmissionTimeNotListOrder() {
        assertEquals(40, GradingMethod.FIRST.grade(THREE).getAsDouble());
        assertEquals(65, GradingMethod.LAST.grade(THREE).getAsDouble());
    }

    @Test
    void simultaneousSubmissionsAreOrderedById() {
        List<SubmittedScore> tie = List.of(new SubmittedScore(2, T, 80), new SubmittedScore(1, T, 20));
        assertEquals(20, GradingMethod.FIRST.grade(tie).getAsDouble());
        assertEquals(80, GradingMethod.LAST.grade(tie).getAsDouble());
    }

    @Test
    void noSubmittedAttemptsGiveNoGrade() {
        for (GradingMethod method : GradingMethod.values()) {
            assertTrue(method.grade(List.of()).isEmpty(), method.name());
        }
    }

    @Test
    void settingNamesRoundTrip() {
        for (GradingMethod method : GradingMethod.values()) {
            assertEquals(method, GradingMethod.fromSetting(method.setting()));
        }
        assertEquals(GradingMethod.HIGHEST, GradingMethod.fromSetting(" Highest "));
        assertThrows(IllegalArgumentException.class, () -> GradingMethod.fromSetting("median"));
    }
}
