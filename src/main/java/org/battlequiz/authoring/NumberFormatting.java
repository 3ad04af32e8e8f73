package org.battlequiz.authoring;

import java.math.BigDecimal;

/** Numbers as a person writes them: 100 rather than 100.0. */
final class NumberFormatting {
    private NumberFormatting() {
    }

    static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** 12000 as "12,000". */
    static String grouped(long value) {
        return String.format(java.util.Locale.ROOT, "%,d", value);
    }
}
