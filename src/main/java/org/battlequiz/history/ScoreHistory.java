package org.battlequiz.history;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Aggregates a learner's history: best and last score per set, mastery per fact kind, and chart points. */
public final class ScoreHistory {

    public static final String UNKNOWN_KIND = "other";

    private static final Comparator<HistoryAttempt> CHRONOLOGICAL =
            Comparator.comparing(HistoryAttempt::submittedAt).thenComparingLong(HistoryAttempt::attemptId);

    private ScoreHistory() {
    }

    /** One row per set, the most recently attempted set first. */
    public static List<SetScores> bestAndLast(List<HistoryAttempt> attempts) {
        Map<Long, SetScores> bySet = new LinkedHashMap<>();
        for (HistoryAttempt attempt : chronological(attempts)) {
            bySet.merge(attempt.setId(),
                    new SetScores(attempt.setId(), attempt.setTitle(), 1, attempt.percent(), attempt.percent(),
                            attempt.submittedAt()),
                    (before, now) -> new SetScores(now.setId(), now.setTitle(), before.attempts() + 1,
                            Math.max(before.best(), now.best()), now.last(), now.lastAt()));
        }
        return bySet.values().stream()
                .sorted(Comparator.comparing(SetScores::lastAt).reversed().thenComparingLong(SetScores::setId))
                .toList();
    }

    /** One row per fact kind, alphabetically; items without a kind count as {@value #UNKNOWN_KIND}. */
    public static List<FactKindMastery> mastery(List<AnsweredItem> items) {
        Map<String, int[]> counts = new TreeMap<>();
        for (AnsweredItem item : items) {
            String kind = item.factKind() == null || item.factKind().isBlank() ? UNKNOWN_KIND : item.factKind().trim();
            int[] c = counts.computeIfAbsent(kind, k -> new int[2]);
            c[0]++;
            c[1] += item.correct() ? 1 : 0;
        }
        return counts.entrySet().stream()
                .map(e -> new FactKindMastery(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** The attempts as chart points, oldest first, labelled with their set title. */
    public static List<ScorePoint> points(List<HistoryAttempt> attempts) {
        return chronological(attempts).stream()
                .map(a -> new ScorePoint(a.submittedAt(), a.percent(), a.setTitle()))
                .toList();
    }

    private static List<HistoryAttempt> chronological(List<HistoryAttempt> attempts) {
        return attempts.stream().sorted(CHRONOLOGICAL).toList();
    }
}
