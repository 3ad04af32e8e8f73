package org.battlequiz.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One submitted attempt in a learner's history: which set, when, and the score in percent. */
public record HistoryAttempt(long attemptId, long setId, String setTitle, Instant startedAt, Instant submittedAt,
                             double percent) {

    public HistoryAttempt {
        Objects.requireNonNull(setTitle, "setTitle");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    public Duration duration() {
        return Duration.between(startedAt, submittedAt);
    }
}
