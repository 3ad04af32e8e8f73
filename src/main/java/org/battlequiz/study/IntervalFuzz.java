package org.battlequiz.study;

import java.util.SplittableRandom;

/** Spreads review intervals of three days or more over a small range, as py-fsrs does, from a reproducible seed. */
final class IntervalFuzz {

    private static final double[][] RANGES = {{2.5, 7.0, 0.15}, {7.0, 20.0, 0.1}, {20.0, Double.POSITIVE_INFINITY, 0.05}};

    private IntervalFuzz() {
    }

    static int fuzz(int days, int maximumDays, long seed) {
        if (days < 2.5) {
            return days;
        }
        double delta = 1.0;
        for (double[] range : RANGES) {
            delta += range[2] * Math.max(Math.min(days, range[1]) - range[0], 0.0);
        }
        int max = (int) Math.min(Math.round(days + delta), maximumDays);
        int min = (int) Math.min(Math.max(2, Math.round(days - delta)), max);
        return min + new SplittableRandom(seed).nextInt(max - min + 1);
    }
}
