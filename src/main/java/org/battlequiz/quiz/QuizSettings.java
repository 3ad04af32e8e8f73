package org.battlequiz.quiz;

import java.util.Map;

/** The set options the quiz engine honours, read from question_set.options (written by the authoring pages). */
public record QuizSettings(Integer questionsPerAttempt, boolean shuffleQuestions, boolean shuffleOptions,
                           Integer attemptsAllowed, boolean feedbackOnlyAfterClose) {

    public static QuizSettings of(Map<String, Object> options) {
        Map<String, Object> o = options == null ? Map.of() : options;
        return new QuizSettings(number(o.get("questionsPerAttempt")), Boolean.TRUE.equals(o.get("shuffleQuestions")),
                Boolean.TRUE.equals(o.get("shuffleOptions")), number(o.get("attemptsAllowed")),
                "AFTER_CLOSE".equals(o.get("feedback")));
    }

    private static Integer number(Object value) {
        return value instanceof Number n && n.intValue() > 0 ? n.intValue() : null;
    }
}
