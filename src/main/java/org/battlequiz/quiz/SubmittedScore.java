package org.battlequiz.quiz;

import java.time.Instant;
import java.util.Objects;

/** The score (in percent) of one submitted attempt, with what orders attempts: submission time, then id. */
public record SubmittedScore(long attemptId, Instant submittedAt, double percent) {

    public SubmittedScore {
        Objects.requireNonNull(submittedAt, "submittedAt");
    }
}
