package org.battlequiz.history;

/**
 * Whole-test statistics in percent of the maximum score: mean, median, standard deviation, Moodle's coefficient
 * of internal consistency (Cronbach's alpha x 100), error ratio and standard error; null where undefined.
 */
public record TestStats(int attempts, double mean, double median, Double standardDeviation,
                        Double internalConsistency, Double errorRatio, Double standardError) {
}
