package org.battlequiz.quiz;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.AnswerText;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

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
        List<AnswerCredit> credits = question.details().answers();
        if (!credits.isEmpty() && question.type() != QuestionType.DATE) {
            return byCredits(question.type(), credits, response);
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

    /**
     * An imported item graded as Moodle grades it: the credit of the chosen option, the sum of the chosen options'
     * credits (0..1) for a multiple select, and for a typed answer the credit of the first answer it matches.
     */
    private static double byCredits(QuestionType type, List<AnswerCredit> credits, List<String> response) {
        double credit = switch (type) {
            case MULTIPLE_SELECT -> credits.stream().filter(answer -> response.stream()
                    .anyMatch(given -> sameText(given, answer.answer()))).mapToDouble(answer -> answer.fraction().doubleValue()).sum();
            case NUMERIC -> firstMatch(credits, answer -> answer.answer().equals("*")
                    || withinTolerance(first(response), answer));
            default -> firstMatch(credits, answer -> sameText(first(response), answer.answer())
                    || type == QuestionType.CLOZE && AnswerText.matchesWildcard(first(response), answer.answer()));
        };
        return Math.min(1, Math.max(0, credit));
    }

    private static double firstMatch(List<AnswerCredit> credits, java.util.function.Predicate<AnswerCredit> matches) {
        return credits.stream().filter(matches).findFirst().map(answer -> answer.fraction().doubleValue()).orElse(0.0);
    }

    private static boolean withinTolerance(String given, AnswerCredit answer) {
        OptionalDouble value = AnswerText.number(given);
        if (value.isEmpty() || !AnswerText.number(answer.answer()).isPresent()) {
            return false;
        }
        BigDecimal tolerance = answer.tolerance() == null ? BigDecimal.ZERO : answer.tolerance();
        BigDecimal difference = BigDecimal.valueOf(value.getAsDouble()).subtract(new BigDecimal(answer.answer())).abs();
        return difference.compareTo(tolerance) <= 0;
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

    /** Right when the number is within the tolerance of any key (alternatives share the tolerance). */
    private static double numeric(QuestionContent question, String given) {
        OptionalDouble value = AnswerText.number(given);
        if (value.isEmpty()) {
            return 0;
        }
        return question.keys().stream().map(AnswerText::number).filter(OptionalDouble::isPresent).anyMatch(key ->
                Math.abs(value.getAsDouble() - key.getAsDouble()) <= tolerance(question) + 1e-9) ? 1 : 0;
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
