package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the Date row into ISO start and end: day-month-year and US order, BC, circa, ranges that cross years. */
final class DateParser {
    record Range(String start, String end) {
    }

    private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private static final class Part {
        Integer day;
        Integer month;
        Integer year;
    }

    private DateParser() {
    }

    static boolean isMonth(String token) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetter(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(token.charAt(b - 1))) {
            b--;
        }
        return b - a >= 3 && b - a <= 9 && month(token.substring(a, b)) != null;
    }

    static Integer month(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 3) {
            return null;
        }
        for (int i = 0; i < MONTHS.size(); i++) {
            String m = MONTHS.get(i);
            if (m.equals(w) || w.length() >= 3 && m.startsWith(w) && (w.length() == 3 || w.length() == 4 && w.equals("sept"))) {
                return i + 1;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern ISO = java.util.regex.Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:\\s*[–-]\\s*(\\d{4})-(\\d{2})-(\\d{2}))?");

    /** "1410-07-15", or a range of two such dates, as some readers print the infobox's date fields. */
    private static Range iso(String s) {
        java.util.regex.Matcher m = ISO.matcher(s.length() > 40 ? "" : s);
        if (!m.matches()) {
            return null;
        }
        String start = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
        String end = m.group(4) == null ? start : m.group(4) + "-" + m.group(5) + "-" + m.group(6);
        return new Range(start, end);
    }

    /** "October 3 and 23, 42 BC": two days of one month, the first and last of the fighting. */
    private static final java.util.regex.Pattern DAYS_AND_DAYS = java.util.regex.Pattern.compile(
            "\\b(\\d{1,2})\\s+and\\s+(\\d{1,2})\\b");

    /** "13 June14 June 1982", "June 13June 14": the dash between two dates was lost and the dates glued. */
    private static final java.util.regex.Pattern GLUED_DATES = java.util.regex.Pattern.compile(
            "(?i)\\b((?:january|february|march|april|may|june|july|august|september|october|november|december)"
                    + "(?=\\d)|\\d(?=(?:january|february|march|april|may|june|july|august|september|october|november|"
                    + "december)\\b))");

    /** "2 November 194320 December 1943": the dash was lost between a year and the next date's day. */
    private static final java.util.regex.Pattern GLUED_YEAR_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(1\\d{3}|20\\d{2})([1-9]|[12]\\d|3[01])(?=\\s+(?:january|february|march|april|may|june|july|august|"
                    + "september|october|november|december)\\b)");

    /** "March 13, 624 CE/17 Ramadan, 2 AH": the same day in the Islamic calendar, whose year is no Common Era year. */
    private static final java.util.regex.Pattern HIJRI = java.util.regex.Pattern.compile(
            "\\s*[/;(]?\\s*[^/;()]*?\\b\\d{1,4}\\s*(?:AH|A\\.H\\.)(?![\\p{L}])\\)?");

    static Range parse(String value) {
        if (value == null) {
            return null;
        }
        Range iso = iso(LineCleaner.strip(value).strip());
        if (iso != null) {
            return iso;
        }
        String s = DAYS_AND_DAYS.matcher(HIJRI.matcher(LineCleaner.strip(value)).replaceAll(" ")
                .replaceAll("\\([^)]*\\)", " ")).replaceAll("$1 – $2");
        s = GLUED_DATES.matcher(GLUED_YEAR_DAY.matcher(s).replaceAll("$1 – $2")).replaceAll("$1 – ");
        String lower = s.toLowerCase(Locale.ROOT);
        boolean bc = lower.matches(".*\\b(bc|bce|b\\.c\\.|b\\.c\\.e\\.)(?![a-z]).*");
        List<Part> parts = new ArrayList<>();
        Part current = new Part();
        boolean alternatives = false;
        List<String> tokens = tokens(s);
        for (int i = 0; i < tokens.size(); i++) {
            String tok = tokens.get(i);
            boolean or = tok.equalsIgnoreCase("or") && filled(current);
            alternatives |= or;
            if (tok.equals("–") || or) {
                if (filled(current)) {
                    parts.add(current);
                    current = new Part();
                }
                continue;
            }
            Integer m = month(tok);
            if (m != null) {
                if (current.month != null) {
                    parts.add(current);
                    current = new Part();
                }
                current.month = m;
            } else if (tok.chars().allMatch(Character::isDigit) && tok.length() <= 5 && !gluedDays(tokens, i)) {
                int n = Integer.parseInt(tok);
                if (tok.length() <= 2 && n >= 1 && n <= 31 && current.day == null && (current.year == null)
                        && !besideEra(tokens, i)
                        && !(bc && current.month == null && parts.isEmpty() && !hasMonth(s))) {
                    current.day = n;
                } else if (current.year == null) {
                    current.year = n;
                }
            }
            if (parts.size() > 2) {
                break;
            }
        }
        if (filled(current)) {
            parts.add(current);
        }
        if (parts.isEmpty()) {
            return null;
        }
        Part a = parts.get(0);
        Part b = parts.get(parts.size() - 1);
        fill(a, b);
        if (a.year == null) {
            return null;
        }
        if (alternatives) {
            keepCommon(a, b);
            return new Range(format(a, bc), format(a.month == null ? b : a, bc));
        }
        if (OPEN_END.matcher(lower).find()) {
            return new Range(format(a, bc), null);
        }
        return new Range(format(a, bc), format(b, bc));
    }

    /** "16 October 2016 – present": a battle still going on when the text was written has no end date. */
    private static final java.util.regex.Pattern OPEN_END = java.util.regex.Pattern.compile("[–-]\\s*(present|ongoing)\\b");

    /**
     * "September 112, 1950": days between a month and its year that lost the dash between them ("1–12"), read as
     * neither day nor year.
     */
    private static boolean gluedDays(List<String> tokens, int i) {
        return tokens.get(i).length() >= 3 && i > 0 && month(tokens.get(i - 1)) != null && i + 1 < tokens.size()
                && tokens.get(i + 1).length() == 4 && tokens.get(i + 1).chars().allMatch(Character::isDigit);
    }

    /** "September 9 AD": a number beside an era is a year, never a day. */
    private static boolean besideEra(List<String> tokens, int i) {
        return i + 1 < tokens.size() && ERAS.contains(tokens.get(i + 1).toLowerCase(Locale.ROOT))
                || i > 0 && ERAS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT));
    }

    private static final List<String> ERAS = List.of("ad", "ce", "bc", "bce");

    private static boolean hasMonth(String s) {
        for (String t : tokens(s)) {
            if (month(t) != null) {
                return true;
            }
        }
        return false;
    }

    private static void fill(Part a, Part b) {
        if (a == b) {
            if (a.year == null && a.day != null && a.month == null) {
                a.year = a.day;
                a.day = null;
            }
            return;
        }
        if (b.month == null && b.day != null && a.month != null) {
            b.month = a.month;
        }
        if (a.month == null && a.day != null && b.month != null) {
            a.month = b.month;
        }
        if (b.year == null) {
            b.year = a.year;
        }
        if (a.year == null) {
            a.year = b.year;
            if (a.month != null && b.month != null && a.month > b.month && a.year != null) {
                a.year = a.year - 1;
            }
        }
    }

    /** "August or September 480 BC" is only as precise as its alternatives agree: the year 480 BC. */
    private static void keepCommon(Part a, Part b) {
        if (!a.year.equals(b.year) || a.month != null && !a.month.equals(b.month)) {
            a.month = null;
            b.month = null;
        }
        if (a.month == null || a.day != null && !a.day.equals(b.day)) {
            a.day = null;
            b.day = null;
        }
    }

    private static boolean filled(Part p) {
        return p.day != null || p.month != null || p.year != null;
    }

    /** A full date is ISO with a four-digit year ("0732-10-10"); a year alone, or with its month, keeps its digits. */
    private static String format(Part p, boolean bc) {
        if (p.year == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(bc ? String.valueOf(-p.year)
                : p.day == null ? String.valueOf(p.year) : String.format("%04d", p.year));
        if (p.month != null) {
            b.append(String.format("-%02d", p.month));
            if (p.day != null) {
                b.append(String.format("-%02d", p.day));
            }
        }
        return b.toString();
    }

    /** Words, numbers and range dashes ("to", "until", "-" between parts become "–"). */
    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            boolean dash = c == '–' || c == '—' || c == '-' || c == '‒' || c == '−';
            if (Character.isLetterOrDigit(c)) {
                if (cur.length() > 0 && Character.isDigit(c) != Character.isDigit(cur.charAt(cur.length() - 1))) {
                    out.add(cur.toString());
                    cur.setLength(0);
                }
                cur.append(c);
            } else {
                if (cur.length() > 0) {
                    String w = cur.toString();
                    out.add(w.equalsIgnoreCase("to") || w.equalsIgnoreCase("until") ? "–" : w);
                    cur.setLength(0);
                }
                if (dash || c == '/') {
                    out.add("–");
                }
            }
        }
        return out;
    }
}
