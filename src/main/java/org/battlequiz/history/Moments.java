package org.battlequiz.history;

import java.util.Arrays;

/** Sample mean, variance and covariance (n - 1 denominator, as Moodle uses) of plain arrays. */
final class Moments {

    private Moments() {
    }

    static double mean(double[] xs) {
        return Arrays.stream(xs).average().orElse(0);
    }

    static Double variance(double[] xs) {
        return covariance(xs, xs);
    }

    static Double covariance(double[] xs, double[] ys) {
        if (xs.length < 2) {
            return null;
        }
        double mx = mean(xs);
        double my = mean(ys);
        double sum = 0;
        for (int i = 0; i < xs.length; i++) {
            sum += (xs[i] - mx) * (ys[i] - my);
        }
        return sum / (xs.length - 1);
    }

    static double median(double[] xs) {
        if (xs.length == 0) {
            return 0;
        }
        double[] sorted = xs.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    static double[] sorted(double[] xs) {
        double[] copy = xs.clone();
        Arrays.sort(copy);
        return copy;
    }
}
