package org.battlequiz.history;

import java.util.List;

/** One item as answered in one attempt: its score as a fraction of its maximum mark, and the option(s) chosen. */
public record ItemResponse(String itemId, double fraction, double maxMark, List<String> chosen) {

    public ItemResponse {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("fraction must lie in 0..1, got " + fraction);
        }
        if (maxMark <= 0) {
            throw new IllegalArgumentException("max mark must be positive");
        }
        chosen = List.copyOf(chosen);
    }

    public static ItemResponse of(String itemId, double fraction, String... chosen) {
        return new ItemResponse(itemId, fraction, 1, List.of(chosen));
    }

    public double mark() {
        return fraction * maxMark;
    }
}
