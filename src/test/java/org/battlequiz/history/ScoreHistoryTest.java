package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistoryTest {

    private static final Instant T = Instant.parse("2024-05-03T09:00:00Z");

    private static HistoryAttempt attempt(long id, long setId, String title, long hoursLater, double percent) {
        Instant submitted = T.plus(Duration.ofHours(hoursLater));
        return new HistoryAttempt(id, setId, title, submitted.minus(Duration.ofMinutes(7)), submitted, percent);
    }

    @Test
    void bestAndLastPerSetFollowSubmissionOrder() {
        List<HistoryAttempt> attempts = List.of(
                attempt(3, 1, "Norman conquest", 30, 55),
                attempt(1, 1, "Norman conquest", 1, 70),
                attempt(2, 2, "Napoleonic wars", 5, 40),
                attempt(4, 1, "Norman conquest", 10, 95),
                attempt(5, 2, "Napoleonic wars", 6, 85));
        List<SetScores> sets = ScoreHistory.bestAndLast(attempts);
        assertEquals(List.of(
                new SetScores(1, "Norman conquest", 3, 95, 55, T.plus(Duration.ofHours(30))),
                new SetScores(2, "Napoleonic wars", 2, 85, 85, T.plus(Duration.ofHours(6)))), sets);
    }

    @Test
    void noAttemptsGiveNoRows() {
        assertEquals(List.of(), ScoreHistory.bestAndLast(List.of()));
        assertEquals(List.of(), ScoreHistory.mastery(List.of()));
        assertEquals(List.of(), ScoreHistory.points(List.of()));
    }

    @Test
    void masteryCountsRightAnswersPerFactKind() {
        List<AnsweredItem> items = new ArrayList<>();
        items.add(new AnsweredItem("dates", true));
        items.add(new AnsweredItem("dates", false));
        items.add(new AnsweredItem("dates", true));
        items.add(new AnsweredItem("commanders", false));
        items.add(new AnsweredItem(" outcome ", true));
        items.add(new AnsweredItem(null, true));
        items.add(new AnsweredItem("", false));
        List<FactKindMastery> mastery = ScoreHistory.mastery(items);
        assertEquals(List.of(
                new FactKindMastery("commanders", 1, 0),
                new FactKindMastery("dates", 3, 2),
                new FactKindMastery("other", 2, 1),
                new FactKindMastery("outcome", 1, 1)), mastery);
        assertEquals(66.667, mastery.get(1).percent(), 1e-3);
        assertEquals(0, new FactKindMastery("strengths", 0, 0).percent());
    }

    @Test
    void pointsAreChronologicalAndLabelledWithTheSet() {
        List<ScorePoint> points = ScoreHistory.points(List.of(attempt(2, 1, "B", 2, 60), attempt(1, 2, "A", 1, 30)));
        assertEquals(List.of(new ScorePoint(T.plus(Duration.ofHours(1)), 30, "A"),
                new ScorePoint(T.plus(Duration.ofHours(2)), 60, "B")), points);
    }

    @Test
    void durationIsSubmissionMinusStart() {
        assertEquals(Duration.ofMinutes(7), attempt(1, 1, "A", 0, 0).duration());
    }
}
