package org.battlequiz.history;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Computes Moodle's quiz statistics (facility, SD, discrimination, CIC) from submitted attempts. */
public final class ItemStatistics {

    public static final int DEFAULT_MIN_ATTEMPTS_FOR_FLAGS = 10;
    private static final double LOW_FACILITY = 30;
    private static final double HIGH_FACILITY = 70;
    private static final double MIN_DISCRIMINATION = 25;
    private static final double EPSILON = 1e-9;

    private ItemStatistics() {
    }

    public static ClassStatistics analyse(List<ScoredAttempt> attempts) {
        return analyse(attempts, DEFAULT_MIN_ATTEMPTS_FOR_FLAGS);
    }

    public static ClassStatistics analyse(List<ScoredAttempt> attempts, int minAttemptsForFlags) {
        Map<String, List<double[]>> perItem = new LinkedHashMap<>();
        Map<String, List<ItemResponse>> responses = new LinkedHashMap<>();
        for (ScoredAttempt attempt : attempts) {
            double total = attempt.totalMarks();
            for (ItemResponse response : attempt.responses()) {
                perItem.computeIfAbsent(response.itemId(), k -> new ArrayList<>())
                        .add(new double[] {response.fraction(), response.mark(), total - response.mark()});
                responses.computeIfAbsent(response.itemId(), k -> new ArrayList<>()).add(response);
            }
        }
        List<ItemStats> items = new ArrayList<>();
        double sumOfItemVariances = 0;
        for (Map.Entry<String, List<double[]>> entry : perItem.entrySet()) {
            double[] marks = column(entry.getValue(), 1);
            Double variance = Moments.variance(marks);
            sumOfItemVariances += variance == null ? 0 : variance;
            items.add(item(entry.getKey(), entry.getValue(), responses.get(entry.getKey()), minAttemptsForFlags));
        }
        return new ClassStatistics(TestStatistics.of(attempts, perItem.size(), sumOfItemVariances), items);
    }

    private static ItemStats item(String itemId, List<double[]> rows, List<ItemResponse> responses, int minAttempts) {
        double[] fractions = column(rows, 0);
        double[] marks = column(rows, 1);
        double[] rest = column(rows, 2);
        double facility = 100 * Moments.mean(fractions);
        Double variance = Moments.variance(fractions);
        Double standardDeviation = variance == null ? null : 100 * Math.sqrt(variance);
        Double discrimination = null;
        Double efficiency = null;
        Double covariance = Moments.covariance(marks, rest);
        if (covariance != null) {
            double product = Moments.variance(marks) * Moments.variance(rest);
            discrimination = product > EPSILON ? 100 * covariance / Math.sqrt(product) : null;
            double maxCovariance = Moments.covariance(Moments.sorted(marks), Moments.sorted(rest));
            efficiency = Math.abs(maxCovariance) > EPSILON ? 100 * covariance / maxCovariance : null;
        }
        Map<String, Integer> optionCounts = new TreeMap<>();
        int unanswered = 0;
        for (ItemResponse response : responses) {
            unanswered += response.chosen().isEmpty() ? 1 : 0;
            response.chosen().forEach(option -> optionCounts.merge(option, 1, Integer::sum));
        }
        Set<ItemFlag> flags = rows.size() >= minAttempts ? flags(facility, discrimination) : Set.of();
        return new ItemStats(itemId, rows.size(), facility, standardDeviation, discrimination, efficiency,
                optionCounts, unanswered, flags);
    }

    private static Set<ItemFlag> flags(double facility, Double discrimination) {
        Set<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        if (facility < LOW_FACILITY - EPSILON) {
            flags.add(ItemFlag.TOO_HARD);
        }
        if (facility > HIGH_FACILITY + EPSILON) {
            flags.add(ItemFlag.TOO_EASY);
        }
        if (discrimination != null && discrimination < MIN_DISCRIMINATION - EPSILON) {
            flags.add(ItemFlag.LOW_DISCRIMINATION);
        }
        return flags;
    }

    private static double[] column(List<double[]> rows, int index) {
        return rows.stream().mapToDouble(row -> row[index]).toArray();
    }
}
