package org.battlequiz.generation;

import java.util.List;

/** How good an item is likely to be (0..1) and, when it lost points, why, in words a teacher reads. */
public record ItemScore(double value, List<String> reasons) {
    public ItemScore {
        value = Math.round(Math.max(0, Math.min(1, value)) * 100) / 100.0;
        reasons = List.copyOf(reasons);
    }
}
