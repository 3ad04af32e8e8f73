package org.battlequiz.authoring.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Answer credits as Moodle grades them: a grade must be one of Moodle's fractions (as its importer insists), and an
 * item keeps per-answer credits only when they say more than its keys (full credit for a key, none otherwise).
 */
final class Credits {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal CLOSE_ENOUGH = new BigDecimal("0.00001");
    private static final List<BigDecimal> MOODLE_FRACTIONS = Stream.of("1.0", "0.9", "0.8333333", "0.8", "0.75", "0.7",
            "0.6666667", "0.6", "0.5", "0.4", "0.3333333", "0.3", "0.25", "0.2", "0.1666667", "0.1428571", "0.125",
            "0.1111111", "0.1", "0.05", "0.0").map(BigDecimal::new).toList();

    private Credits() {
    }

    /**
     * @param percent a grade as the file writes it, such as "50" or "-33.33333"
     * @return the Moodle fraction it stands for, such as 0.5 or -0.3333333
     * @throws InterchangeException when Moodle would refuse the grade; Moodle then imports nothing from the file
     */
    static BigDecimal fromPercent(String percent, String where, String answer) {
        if (!NumberText.isNumber(percent)) {
            throw new IllegalArgumentException(answer + " has grade '" + percent + "', not a number");
        }
        BigDecimal fraction = new BigDecimal(percent.strip()).divide(HUNDRED);
        for (BigDecimal allowed : MOODLE_FRACTIONS) {
            for (BigDecimal signed : List.of(allowed, allowed.negate())) {
                if (fraction.subtract(signed).abs().compareTo(CLOSE_ENOUGH) < 0) {
                    return signed.stripTrailingZeros();
                }
            }
        }
        throw new InterchangeException(where + ": " + answer + " has grade " + percent.strip()
                + "%, which is not one of Moodle's grades (100, 90, 83.33333, 80, 75, 70, 66.66667, 60, 50, 40, "
                + "33.33333, 30, 25, 20, 16.66667, 14.28571, 12.5, 11.11111, 10, 5, 0 or their negatives); "
                + "Moodle refuses such a file, so nothing is imported");
    }

    /** The Moodle grade nearest a share of credit: 1/11 of a penalty is written as Moodle's 10%. */
    static BigDecimal nearestGrade(BigDecimal fraction) {
        BigDecimal best = BigDecimal.ZERO;
        for (BigDecimal allowed : MOODLE_FRACTIONS) {
            if (fraction.abs().subtract(allowed).abs().compareTo(fraction.abs().subtract(best).abs()) < 0) {
                best = allowed;
            }
        }
        return (fraction.signum() < 0 ? best.negate() : best).stripTrailingZeros();
    }

    /** A fraction as a Moodle grade percentage: 0.3333333 is "33.33333". */
    static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static boolean isFull(BigDecimal fraction) {
        return fraction.subtract(BigDecimal.ONE).abs().compareTo(CLOSE_ENOUGH) < 0;
    }

    /** The item with its details, keeping the per-answer credits only when they say more than the keys. */
    static QuestionContent attach(QuestionContent item, ItemDetails details) {
        boolean implied = sameCredits(details.answers(), implied(item));
        return item.withDetails(implied ? details.withAnswers(List.of()) : details);
    }

    /** The answers an export writes: the item's own credits, or those its keys imply. */
    static List<AnswerCredit> written(QuestionContent item) {
        List<AnswerCredit> implied = implied(item);
        if (item.details().answers().isEmpty()) {
            return implied;
        }
        if (item.type() == QuestionType.NUMERIC || item.type() == QuestionType.DATE || item.type() == QuestionType.CLOZE) {
            return item.details().answers();
        }
        return implied.stream().map(credit -> item.details().creditFor(credit.answer()).orElse(credit)).toList();
    }

    /** Full credit for each key and none for the other options; a multiple select shares +100% and -100%. */
    static List<AnswerCredit> implied(QuestionContent item) {
        List<AnswerCredit> credits = new ArrayList<>();
        BigDecimal tolerance = item.tolerance() == null ? null : new BigDecimal(NumberText.plain(item.tolerance()));
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> {
                ChoiceWeights weights = ChoiceWeights.of(item);
                item.options().forEach(option -> credits.add(AnswerCredit.of(option,
                        nearestGrade(new BigDecimal(weights.percent(option)).divide(HUNDRED)))));
            }
            case TRUE_FALSE -> {
                credits.add(AnswerCredit.of("True", item.keys().contains("True") ? BigDecimal.ONE : BigDecimal.ZERO));
                credits.add(AnswerCredit.of("False", item.keys().contains("False") ? BigDecimal.ONE : BigDecimal.ZERO));
            }
            case NUMERIC, DATE -> item.keys().forEach(key -> credits.add(new AnswerCredit(
                    item.type() == QuestionType.DATE ? ItemMeta.year(key) : key, BigDecimal.ONE, null, tolerance)));
            case CLOZE -> item.keys().forEach(key -> credits.add(AnswerCredit.of(key, BigDecimal.ONE)));
            case MATCHING, ORDERING -> {
                // graded by position; no per-answer credit
            }
        }
        return credits;
    }

    private static boolean sameCredits(List<AnswerCredit> given, List<AnswerCredit> implied) {
        if (given.isEmpty()) {
            return true;
        }
        if (given.size() != implied.size()) {
            return false;
        }
        for (int i = 0; i < given.size(); i++) {
            AnswerCredit a = given.get(i);
            AnswerCredit b = implied.get(i);
            if (!a.answer().equals(b.answer()) || a.fraction().subtract(b.fraction()).abs().compareTo(CLOSE_ENOUGH) >= 0
                    || a.feedback() != null || !sameNumber(a.tolerance(), b.tolerance())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return (a == null ? BigDecimal.ZERO : a).compareTo(b == null ? BigDecimal.ZERO : b) == 0;
    }
}
