package org.battlequiz.study;

import java.time.Duration;
import java.util.Locale;

/** Short English text for a review interval: "1 min", "6 min", "3 hours", "1 day", "12 days", "1.5 months", "2.1 years". */
public final class IntervalLabel {

    private IntervalLabel() {
    }

    public static String of(Duration interval) {
        long seconds = Math.max(0, interval.toSeconds());
        if (seconds < 3600) {
            return plural(Math.max(1, Math.round(seconds / 60.0)), "min", "min");
        }
        if (seconds < 86400) {
            return plural(Math.round(seconds / 3600.0), "hour", "hours");
        }
        double days = seconds / 86400.0;
        if (days < 30) {
            return plural(Math.round(days), "day", "days");
        }
        if (days < 365) {
            return decimal(days / 30.0, "month", "months");
        }
        return decimal(days / 365.0, "year", "years");
    }

    private static String plural(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private static String decimal(double value, String one, String many) {
        double rounded = Math.round(value * 10) / 10.0;
        String number = rounded == Math.rint(rounded)
                ? String.valueOf((long) rounded) : String.format(Locale.ROOT, "%.1f", rounded);
        return number + " " + (rounded == 1 ? one : many);
    }
}
