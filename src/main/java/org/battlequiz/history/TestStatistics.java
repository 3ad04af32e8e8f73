package org.battlequiz.history;

import java.util.List;

/** Whole-test statistics of a set of attempts, including Moodle's coefficient of internal consistency. */
final class TestStatistics {

    private TestStatistics() {
    }

    static TestStats of(List<ScoredAttempt> attempts, int itemCount, double sumOfItemVariances) {
        double[] percents = attempts.stream().mapToDouble(ScoredAttempt::percent).toArray();
        double[] totals = attempts.stream().mapToDouble(ScoredAttempt::totalMarks).toArray();
        Double variance = Moments.variance(percents);
        Double sd = variance == null ? null : Math.sqrt(variance);
        Double totalVariance = Moments.variance(totals);
        Double cic = null;
        Double errorRatio = null;
        Double standardError = null;
        if (itemCount > 1 && totalVariance != null && totalVariance > 1e-12) {
            cic = 100.0 * itemCount / (itemCount - 1) * (1 - sumOfItemVariances / totalVariance);
            if (cic < 100) {
                errorRatio = 100 * Math.sqrt(1 - cic / 100);
                standardError = errorRatio / 100 * sd;
            }
        }
        return new TestStats(attempts.size(), Moments.mean(percents), Moments.median(percents), sd,
                cic, errorRatio, standardError);
    }
}
