package org.battlequiz.study;

import java.time.Instant;
import java.util.Objects;

/**
 * One learner's memory of one card: FSRS stability (days) and difficulty (1-10), the learning step,
 * when it is due, and when it was last reviewed (null until the first review).
 */
public record CardState(CardPhase state, int step, double stability, double difficulty,
                        Instant due, Instant lastReview, int reps, int lapses) {

    public CardState {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
    }

    public static CardState newCard(Instant createdAt) {
        return new CardState(CardPhase.NEW, 0, 0, 0, createdAt, null, 0, 0);
    }

    public boolean isDue(Instant now) {
        return !due.isAfter(now);
    }
}
