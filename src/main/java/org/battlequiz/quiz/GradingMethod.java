package org.battlequiz.quiz;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** How a set turns a learner's submitted attempts into one grade, as Moodle's quiz grading method. */
public enum GradingMethod {
    HIGHEST, AVERAGE, FIRST, LAST;

    private static final Comparator<SubmittedScore> IN_ORDER =
            Comparator.comparing(SubmittedScore::submittedAt).thenComparingLong(SubmittedScore::attemptId);

    public OptionalDouble grade(List<SubmittedScore> attempts) {
        if (attempts.isEmpty()) {
            return OptionalDouble.empty();
        }
        return switch (this) {
            case HIGHEST -> attempts.stream().mapToDouble(SubmittedScore::percent).max();
            case AVERAGE -> attempts.stream().mapToDouble(SubmittedScore::percent).average();
            case FIRST -> OptionalDouble.of(attempts.stream().min(IN_ORDER).orElseThrow().percent());
            case LAST -> OptionalDouble.of(attempts.stream().max(IN_ORDER).orElseThrow().percent());
        };
    }

    public static GradingMethod fromSetting(String setting) {
        return valueOf(setting.trim().toUpperCase(Locale.ROOT));
    }

    public String setting() {
        return name().toLowerCase(Locale.ROOT);
    }
}
