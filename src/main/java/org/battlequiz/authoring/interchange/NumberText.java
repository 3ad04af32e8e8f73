package org.battlequiz.authoring.interchange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Numbers as the formats write them: no exponent, no trailing zeros. */
final class NumberText {
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    private NumberText() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A Moodle grade percentage, such as 33.33333 for a third. */
    static String percent(double value) {
        return BigDecimal.valueOf(value).setScale(5, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static boolean isNumber(String text) {
        return text != null && NUMBER.matcher(text.strip()).matches();
    }

    /** @throws NumberFormatException with the text in its message */
    static double parse(String text) {
        if (!isNumber(text)) {
            throw new NumberFormatException("'" + text + "' is not a number");
        }
        return Double.parseDouble(text.strip());
    }

    /** The number as written in a key: plain digits, the sign kept. */
    static String key(String text) {
        return new BigDecimal(text.strip()).stripTrailingZeros().toPlainString();
    }
}
