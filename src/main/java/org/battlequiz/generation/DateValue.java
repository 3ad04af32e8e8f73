package org.battlequiz.generation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as the article states it: a year (negative for BC), optionally a month and a day. */
record DateValue(int year, Integer month, Integer day) implements Comparable<DateValue> {
    private static final Pattern ISO = Pattern.compile("(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    enum Precision { YEAR, MONTH, DAY }

    static Optional<DateValue> parse(String iso) {
        if (iso == null) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(iso.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        Integer month = m.group(2) == null ? null : Integer.valueOf(m.group(2));
        Integer day = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        if (year == 0 || month != null && (month < 1 || month > 12) || day != null && !validDay(year, month, day)) {
            return Optional.empty();
        }
        return Optional.of(new DateValue(year, month, day));
    }

    private static boolean validDay(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    Precision precision() {
        return day != null ? Precision.DAY : month != null ? Precision.MONTH : Precision.YEAR;
    }

    /** As a reader would write it: "25 October 1415", "October 1415", "279 BC". */
    String display() {
        String y = yearDisplay();
        if (month == null) {
            return y;
        }
        String m = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return day == null ? m + " " + y : day + " " + m + " " + y;
    }

    /** "279 BC", "AD 9" (a year of two digits or fewer reads as a number without its era), "1415". */
    String yearDisplay() {
        return year < 0 ? -year + " BC" : year < 100 ? "AD " + year : String.valueOf(year);
    }

    String iso() {
        String y = String.valueOf(year);
        if (month == null) {
            return y;
        }
        return day == null ? String.format(Locale.ROOT, "%s-%02d", y, month)
                : String.format(Locale.ROOT, "%s-%02d-%02d", y, month, day);
    }

    /** The same precision, moved by whole years (skipping year 0) and, for full dates, by days. */
    DateValue shifted(int years, int days) {
        int y = year + years;
        if (year > 0 != y > 0 || y == 0) {
            y += years > 0 ? 1 : -1;
        }
        if (day != null) {
            LocalDate d = LocalDate.of(y, month, Math.min(day, 28)).plusDays(days);
            return new DateValue(d.getYear(), d.getMonthValue(), day > 28 && days == 0 ? day : d.getDayOfMonth());
        }
        if (month != null && days != 0) {
            int m = Math.floorMod(month - 1 + days / 28, 12) + 1;
            return new DateValue(y, m, null);
        }
        return new DateValue(y, month, day);
    }

    /** Days from a fixed origin, for ordering; missing parts count as the start of the period. */
    long ordinal() {
        return year * 372L + (month == null ? 0 : (month - 1) * 31L) + (day == null ? 0 : day - 1);
    }

    /** The last day this date can mean: the end of its year or month for coarser dates. */
    long lastOrdinal() {
        return year * 372L + (month == null ? 371 : (month - 1) * 31L + (day == null ? 30 : day - 1));
    }

    /** Whether the two dates could mean the same day ("August 1942" and "23 August 1942" do). */
    boolean overlaps(DateValue other) {
        return ordinal() <= other.lastOrdinal() && other.ordinal() <= lastOrdinal();
    }

    @Override
    public int compareTo(DateValue other) {
        return Long.compare(ordinal(), other.ordinal());
    }
}
