package org.battlequiz.generation;

import java.util.Random;

/** Plausible wrong dates at the precision of a given one. */
final class Dates {
    private Dates() {
    }

    /** A date of the same precision, moved beyond the tolerance: by days or months for full dates, by years otherwise. */
    static DateValue shiftOutside(DateValue date, int toleranceYears, Random random) {
        int sign = random.nextBoolean() ? 1 : -1;
        return switch (date.precision()) {
            case DAY -> random.nextInt(3) == 0
                    ? date.shifted(sign * (1 + random.nextInt(3)), 0)
                    : date.shifted(0, sign * (2 + random.nextInt(40)));
            case MONTH -> random.nextBoolean() ? date.shifted(sign, 0) : date.shifted(0, sign * 28 * (1 + random.nextInt(5)));
            case YEAR -> date.shifted(sign * (toleranceYears + 1 + random.nextInt(Math.max(3, toleranceYears + 4))), 0);
        };
    }
}
