package org.battlequiz.history;

import java.time.Instant;

/** A learner's results on one set: number of attempts, best and last score (percent) and when the last one was. */
public record SetScores(long setId, String setTitle, int attempts, double best, double last, Instant lastAt) {
}
