package org.battlequiz.study;

import java.time.Duration;
import java.util.List;

/**
 * FSRS-6 scheduler settings: the 21 model weights, desired retention, learning and relearning steps,
 * maximum interval in days, and optional seeded fuzz (off by default, so scheduling is deterministic).
 */
public record FsrsSettings(List<Double> weights, double desiredRetention, List<Duration> learningSteps,
                           List<Duration> relearningSteps, int maximumIntervalDays, boolean fuzz, long fuzzSeed) {

    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public FsrsSettings {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != 21) {
            throw new IllegalArgumentException("FSRS-6 needs 21 weights, got " + weights.size());
        }
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must lie strictly between 0 and 1");
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("maximum interval must be at least one day");
        }
    }

    public static FsrsSettings defaults() {
        return new FsrsSettings(DEFAULT_WEIGHTS, 0.9, List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
                List.of(Duration.ofMinutes(10)), 36500, false, 0L);
    }

    public FsrsSettings withDesiredRetention(double retention) {
        return new FsrsSettings(weights, retention, learningSteps, relearningSteps, maximumIntervalDays, fuzz, fuzzSeed);
    }

    public FsrsSettings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new FsrsSettings(weights, desiredRetention, learning, relearning, maximumIntervalDays, fuzz, fuzzSeed);
    }

    public FsrsSettings withMaximumIntervalDays(int days) {
        return new FsrsSettings(weights, desiredRetention, learningSteps, relearningSteps, days, fuzz, fuzzSeed);
    }

    public FsrsSettings withFuzzSeed(long seed) {
        return new FsrsSettings(weights, desiredRetention, learningSteps, relearningSteps, maximumIntervalDays, true, seed);
    }
}
