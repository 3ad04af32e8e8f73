package org.battlequiz.study;

import java.util.List;

/** The FSRS-6 memory model formulas: stability, difficulty, the forgetting curve and the optimal interval. */
final class FsrsModel {

    static final double MIN_STABILITY = 0.001;
    static final double MAX_STABILITY = 36500;
    private static final double MIN_DIFFICULTY = 1;
    private static final double MAX_DIFFICULTY = 10;

    private final double[] w;
    private final double decay;
    private final double factor;

    FsrsModel(List<Double> weights) {
        w = weights.stream().mapToDouble(Double::doubleValue).toArray();
        decay = -w[20];
        factor = Math.pow(0.9, 1 / decay) - 1;
    }

    double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + factor * Math.max(0, elapsedDays) / stability, decay);
    }

    int intervalDays(double stability, double desiredRetention, int maximumDays) {
        double days = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        return (int) Math.min(Math.max(Math.round(days), 1), maximumDays);
    }

    double initialStability(Rating rating) {
        return clampStability(w[rating.value() - 1]);
    }

    double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.value() - 3);
        double damped = difficulty + (10 - difficulty) * delta / 9;
        return clampDifficulty(w[7] * rawInitialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.value() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating != Rating.AGAIN) {
            increase = Math.max(increase, 1);
        }
        return clampStability(stability * increase);
    }

    double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next = rating == Rating.AGAIN
                ? forgetStability(difficulty, stability, retrievability)
                : recallStability(difficulty, stability, retrievability, rating);
        return clampStability(next);
    }

    private double forgetStability(double difficulty, double stability, double retrievability) {
        double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                * Math.exp((1 - retrievability) * w[14]);
        double shortTerm = stability / Math.exp(w[17] * w[18]);
        return Math.min(longTerm, shortTerm);
    }

    private double recallStability(double difficulty, double stability, double retrievability, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
    }

    private double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.value() - 1)) + 1;
    }

    private static double clampStability(double stability) {
        return Math.min(Math.max(stability, MIN_STABILITY), MAX_STABILITY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, MIN_DIFFICULTY), MAX_DIFFICULTY);
    }
}
