package org.battlequiz.history;

import java.time.Instant;
import java.util.Objects;

/** One score on the chart: when, the percent (0-100) and a label such as the set title. */
public record ScorePoint(Instant at, double percent, String label) {

    public ScorePoint {
        Objects.requireNonNull(at, "at");
        label = label == null ? "" : label;
    }
}
