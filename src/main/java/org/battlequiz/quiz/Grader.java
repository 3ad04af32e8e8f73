package org.battlequiz.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.battlequiz.generation.item.AnswerText;
import org.battlequiz.generation.item.QuestionContent;

/**
 * Grades one response to one item as a fraction of full credit (0..1). Plain Java.
 * The response lists what the learner gave: the chosen option(s), the typed text, the option picked for each
 * stem (matching) or the items in the learner's order (ordering).
 */
public final class Grader {

    public double grade(QuestionContent question, List<String> response) {
        if (question.keys().isEmpty() || response == null || response.isEmpty()) {
            return 0;
        }
        return switch (question.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> sameText(first(response), question.keys().get(0)) ? 1 : 0;
            case MULTIPLE_SELECT -> multipleSelect(question.keys(), response);
            case NUMERIC -> numeric(question, first(response));
            case DATE -> date(question, first(response));
            case MATCHING, ORDERING -> positional(question.keys(), response);
            case CLOZE -> question.keys().stream().anyMatch(key -> sameText(first(response), key)
                    || sameText(first(response), AnswerText.withoutQualifier(key))) ? 1 : 0;
        };
    }

    private static String first(List<String> response) {
        return response.get(0);
    }

    private static boolean sameText(String given, String expected) {
        String normalized = AnswerText.normalize(given);
        return !normalized.isEmpty() && normalized.equals(AnswerText.normalize(expected));
    }

    /** One point per right choice, minus one per wrong choice, over the number of right choices; never below 0. */
    private static double multipleSelect(List<String> keys, List<String> response) {
        Set<String> right = keys.stream().map(AnswerText::normalize).collect(Collectors.toSet());
        Set<String> chosen = new HashSet<>(response.stream().map(AnswerText::normalize).filter(s -> !s.isEmpty()).toList());
        long hits = chosen.stream().filter(right::contains).count();
        long misses = chosen.size() - hits;
        return Math.max(0, (double) (hits - misses) / right.size());
    }

    private static double numeric(QuestionContent question, String given) {
        OptionalDouble value = AnswerText.number(given);
        OptionalDouble key = AnswerText.number(question.keys().get(0));
        if (value.isEmpty() || key.isEmpty()) {
            return 0;
        }
        return Math.abs(value.getAsDouble() - key.getAsDouble()) <= tolerance(question) + 1e-9 ? 1 : 0;
    }

    private static double date(QuestionContent question, String given) {
        String key = question.keys().get(0);
        if (AnswerText.isIsoDate(key) && AnswerText.isIsoDate(given)) {
            return key.trim().equals(given.trim()) ? 1 : 0;
        }
        OptionalLong givenYear = AnswerText.year(given);
        OptionalLong keyYear = AnswerText.year(key);
        if (givenYear.isEmpty() || keyYear.isEmpty()) {
            return 0;
        }
        return Math.abs(givenYear.getAsLong() - keyYear.getAsLong()) <= tolerance(question) ? 1 : 0;
    }

    private static double positional(List<String> keys, List<String> response) {
        int right = 0;
        for (int i = 0; i < keys.size() && i < response.size(); i++) {
            if (sameText(response.get(i), keys.get(i))) {
                right++;
            }
        }
        return (double) right / keys.size();
    }

    private static double tolerance(QuestionContent question) {
        return question.tolerance() == null ? 0 : Math.abs(question.tolerance());
    }
}
