package org.battlequiz.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.battlequiz.quiz.GradingMethod;
import org.battlequiz.quiz.QuizLayout;

/**
 * A set's quiz options as stored in question_set.options; null numbers mean "all questions", "no limit",
 * "unlimited attempts". Sets stored before the layout option existed page one question at a time.
 */
public record SetOptions(Integer questionsPerAttempt, boolean shuffleQuestions, boolean shuffleOptions,
                         Integer timeLimitMinutes, Integer attemptsAllowed, GradingMethod grading,
                         FeedbackTiming feedback, QuizLayout layout) {
    public static final SetOptions DEFAULTS = new SetOptions(null, false, false, null, null, GradingMethod.HIGHEST,
            FeedbackTiming.AFTER_SUBMIT, QuizLayout.ONE_PER_PAGE);
    public static final List<GradingMethod> GRADINGS =
            List.of(GradingMethod.HIGHEST, GradingMethod.LAST, GradingMethod.AVERAGE);

    public static SetOptions fromStored(Map<String, Object> stored) {
        if (stored == null || stored.isEmpty()) {
            return DEFAULTS;
        }
        return new SetOptions(number(stored.get("questionsPerAttempt")), Boolean.TRUE.equals(stored.get("shuffleQuestions")),
                Boolean.TRUE.equals(stored.get("shuffleOptions")), number(stored.get("timeLimitMinutes")),
                number(stored.get("attemptsAllowed")),
                enumOr(GradingMethod.class, stored.get("grading"), DEFAULTS.grading),
                enumOr(FeedbackTiming.class, stored.get("feedback"), DEFAULTS.feedback),
                enumOr(QuizLayout.class, stored.get("layout"), DEFAULTS.layout));
    }

    public Map<String, Object> toStored() {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("questionsPerAttempt", questionsPerAttempt);
        stored.put("shuffleQuestions", shuffleQuestions);
        stored.put("shuffleOptions", shuffleOptions);
        stored.put("timeLimitMinutes", timeLimitMinutes);
        stored.put("attemptsAllowed", attemptsAllowed);
        stored.put("grading", grading.name());
        stored.put("feedback", feedback.name());
        stored.put("layout", layout.name());
        return stored;
    }

    /** Reads the options form; every problem found is added to errors, and the defaults stand in for it. */
    public static SetOptions fromForm(Map<String, String> form, List<String> errors) {
        List<String> found = new ArrayList<>();
        Integer perAttempt = positive(form.get("questionsPerAttempt"), "Questions per attempt", 500, found);
        Integer minutes = positive(form.get("timeLimitMinutes"), "Time limit", 600, found);
        Integer attempts = positive(form.get("attemptsAllowed"), "Attempts allowed", 100, found);
        GradingMethod grading = DEFAULTS.grading;
        try {
            grading = GradingMethod.fromSetting(form.getOrDefault("grading", "highest"));
        } catch (IllegalArgumentException e) {
            found.add("Grading must be highest, last or average.");
        }
        FeedbackTiming feedback = enumOr(FeedbackTiming.class, form.get("feedback"), null);
        if (feedback == null) {
            found.add("Choose when feedback is shown.");
            feedback = DEFAULTS.feedback;
        }
        QuizLayout layout = enumOr(QuizLayout.class, form.getOrDefault("layout", DEFAULTS.layout.name()), null);
        if (layout == null) {
            found.add("Choose one question per page or all questions on one page.");
            layout = DEFAULTS.layout;
        }
        errors.addAll(found);
        return new SetOptions(perAttempt, "on".equals(form.get("shuffleQuestions")),
                "on".equals(form.get("shuffleOptions")), minutes, attempts, grading, feedback, layout);
    }

    /** A form field holding a whole number from 1 to max, or empty (null); anything else adds an error. */
    public static Integer positive(String text, String label, int max, List<String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(label + " must be a whole number from 1 to " + max + ", or empty.");
        return null;
    }

    private static Integer number(Object value) {
        return value instanceof Number n ? n.intValue() : null;
    }

    private static <E extends Enum<E>> E enumOr(Class<E> type, Object value, E fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toString().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
