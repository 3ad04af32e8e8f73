package org.battlequiz.authoring.interchange;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.generation.item.AnswerCredit;

/**
 * The answers of a GIFT numerical question {#key:tolerance =%50%key2:tolerance#feedback} or {#min..max}, after the
 * "#", read as exact decimals: a range becomes its midpoint and half its width.
 */
final class GiftNumerical {
    record Answers(List<String> keys, Double tolerance, List<AnswerCredit> credits) {
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private final GiftQuestionParser parser;

    GiftNumerical(GiftQuestionParser parser) {
        this.parser = parser;
    }

    Answers parse(String answers) {
        int wrongFeedback = answers.indexOf('~');
        String rightAnswers = wrongFeedback < 0 ? answers : answers.substring(0, wrongFeedback);
        List<String> keys = new ArrayList<>();
        List<AnswerCredit> credits = new ArrayList<>();
        Double tolerance = null;
        for (String answer : GiftQuestionParser.split(rightAnswers, '=')) {
            String weighed = GiftQuestionParser.withoutWeight(answer);
            String value = GiftText.restore(GiftQuestionParser.withoutFeedback(weighed)).strip();
            BigDecimal weight = answer.startsWith("%") ? parser.weightOf(answer, value) : BigDecimal.ONE;
            BigDecimal[] keyAndTolerance = keyAndTolerance(value);
            String key = keyAndTolerance[0].stripTrailingZeros().toPlainString();
            credits.add(new AnswerCredit(key, weight, parser.feedbackOf(weighed), keyAndTolerance[1]));
            if (Credits.isFull(weight)) {
                keys.add(key);
                if (keys.size() == 1 && keyAndTolerance[1] != null) {
                    tolerance = keyAndTolerance[1].doubleValue();
                }
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the numerical question has no answer with full credit");
        }
        if (wrongFeedback >= 0) {
            credits.add(new AnswerCredit("*", BigDecimal.ZERO, parser.feedbackOf(answers.substring(wrongFeedback + 1)), null));
        }
        return new Answers(keys, tolerance, credits);
    }

    private static BigDecimal[] keyAndTolerance(String value) {
        int range = value.indexOf("..");
        if (range > 0) {
            BigDecimal min = number(value.substring(0, range), value);
            BigDecimal max = number(value.substring(range + 2), value);
            return new BigDecimal[] {min.add(max).divide(TWO, MathContext.DECIMAL128),
                    max.subtract(min).abs().divide(TWO, MathContext.DECIMAL128).stripTrailingZeros()};
        }
        int colon = value.indexOf(':');
        BigDecimal key = number(colon > 0 ? value.substring(0, colon) : value, value);
        BigDecimal tolerance = colon > 0 ? number(value.substring(colon + 1), value).abs().stripTrailingZeros() : null;
        return new BigDecimal[] {key, tolerance};
    }

    private static BigDecimal number(String text, String answer) {
        if (!NumberText.isNumber(text)) {
            throw new IllegalArgumentException("the numerical answer '" + answer + "' is not a number");
        }
        return new BigDecimal(text.strip());
    }
}
