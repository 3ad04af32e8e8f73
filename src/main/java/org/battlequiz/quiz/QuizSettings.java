package org.battlequiz.quiz;

import java.util.Map;

/**
 * The set options the quiz engine honours, read from question_set.options (written by the authoring pages).
 * A set without a layout pages one question at a time, as Moodle does by default.
 */
public record QuizSettings(Integer questionsPerAttempt, boolean shuffleQuestions, boolean shuffleOptions,
                           Integer attemptsAllowed, boolean feedbackOnlyAfterClose, boolean feedbackImmediately,
                           Integer timeLimitMinutes, boolean onePerPage) {

    public static QuizSettings of(Map<String, Object> options) {
        Map<String, Object> o = options == null ? Map.of() : options;
        return new QuizSettings(number(o.get("questionsPerAttempt")), Boolean.TRUE.equals(o.get("shuffleQuestions")),
                Boolean.TRUE.equals(o.get("shuffleOptions")), number(o.get("attemptsAllowed")),
                "AFTER_CLOSE".equals(o.get("feedback")), "IMMEDIATELY".equals(o.get("feedback")),
                number(o.get("timeLimitMinutes")), !QuizLayout.ALL_ON_ONE_PAGE.name().equals(o.get("layout")));
    }

    private static Integer number(Object value) {
        return value instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
    }
}
