package org.battlequiz.article;

import java.util.regex.Pattern;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A figure in the text: "1,900", "5,000–6,000", "400,000+", "between 20,000 and 30,000", "1.2 million". */
record Quantity(long min, long max, boolean plus, int start, int end) {
    private static final java.util.regex.Pattern ERA = java.util.regex.Pattern.compile("(?i)(BC|BCE|AD|CE)");

    /** The figures of a text in order, skipping ordinals ("6th"), fractions ("5/6"), percentages and dates. */
    static List<Quantity> scan(String text) {
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isDigit(c)) {
                i++;
                continue;
            }
            if (i > 0 && !circaGlued(text, i) && (Character.isLetterOrDigit(text.charAt(i - 1))
                    || text.charAt(i - 1) == '/' || text.charAt(i - 1) == '.' || modelNumber(text, i))) {
                i = pastDigitRun(text, i);
                continue;
            }
            int[] end = new int[1];
            Long a = number(text, i, end);
            if (a == null) {
                i = Math.max(end[0], i + 1);
                continue;
            }
            int start = i;
            int j = end[0];
            long max = a;
            boolean glued = j < n && Character.isDigit(text.charAt(j));
            int k = glued ? j : skipRangeJoin(text, j, startsWithBetween(text, start));
            if ((k > j || glued) && k < n && Character.isDigit(text.charAt(k))) {
                int[] end2 = new int[1];
                Long b = number(text, k, end2);
                if (b != null && b >= a) {
                    max = b;
                    j = end2[0];
                    a = thousandsShorthand(a, b);
                }
            }
            boolean plus = j < n && text.charAt(j) == '+';
            if (plus) {
                j++;
            }
            if (!isDateOrNoise(text, start, j)) {
                out.add(new Quantity(a, max, plus, start, j));
            }
            i = Math.max(j, i + 1);
        }
        return out;
    }

    /** "30,00038,000": a range whose dash was lost, the second figure glued to the first one's last group. */
    private static final java.util.regex.Pattern GLUED_FIGURE = java.util.regex.Pattern.compile("\\d{1,3}(,\\d{3})+(?!\\d)");

    /** "UH-60", "T-34": digits after a hyphen glued to letters name a model, not a figure. */
    private static boolean modelNumber(String text, int i) {
        return i >= 2 && text.charAt(i - 1) == '-' && Character.isLetter(text.charAt(i - 2));
    }

    /** "c5,000": a lone "c" glued to a figure is "circa". */
    private static boolean circaGlued(String text, int i) {
        return (text.charAt(i - 1) == 'c' || text.charAt(i - 1) == 'C')
                && (i == 1 || !Character.isLetterOrDigit(text.charAt(i - 2)));
    }

    /** The end of "A12,500" or "v2.0": its grouped digits are one token, never a figure of their own. */
    private static int pastDigitRun(String text, int i) {
        int k = i;
        while (k < text.length() && (Character.isDigit(text.charAt(k))
                || (text.charAt(k) == ',' || text.charAt(k) == '.') && k + 1 < text.length()
                && Character.isDigit(text.charAt(k + 1)))) {
            k++;
        }
        return k;
    }

    /** "15–20,000" is 15,000 to 20,000: a small first figure shares the second one's thousands. */
    static long thousandsShorthand(long a, long b) {
        boolean shorthand = a > 0 && a < 1000 && b >= 1000 && b % 1000 == 0 && a * 1000 <= b && a * 4000 >= b;
        return shorthand ? a * 1000 : a;
    }

    private static boolean startsWithBetween(String text, int start) {
        String before = text.substring(Math.max(0, start - 8), start).toLowerCase(Locale.ROOT);
        return before.contains("between");
    }

    /** "20,000 – max. 36,000": a word for the range's upper end. */
    private static final List<String> RANGE_TOP_WORDS = List.of("max.", "maximum", "up to", "at most");

    private static int skipRangeJoin(String text, int j, boolean between) {
        int k = j;
        while (k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k < text.length() && "–—-−‒".indexOf(text.charAt(k)) >= 0) {
            k++;
        } else if (text.startsWith("to ", k)) {
            k += 3;
        } else if (between && text.startsWith("and ", k)) {
            k += 4;
        } else {
            return j;
        }
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '~')) {
            k++;
        }
        for (String upper : RANGE_TOP_WORDS) {
            if (text.startsWith(upper, k)) {
                k += upper.length();
                while (k < text.length() && text.charAt(k) == ' ') {
                    k++;
                }
                break;
            }
        }
        return k;
    }

    /** Parses "1,040,000", "1.2 million", "10 000"; end[0] receives the index after it. Null for ordinals etc. */
    private static Long number(String text, int i, int[] end) {
        int n = text.length();
        int j = i;
        StringBuilder digits = new StringBuilder();
        while (j < n) {
            char c = text.charAt(j);
            if (Character.isDigit(c)) {
                digits.append(c);
                j++;
            } else if (c == ',' && threeDigits(text, j + 1) && (j + 4 >= n || !Character.isDigit(text.charAt(j + 4)))) {
                j++;
            } else if (c == ',' && threeDigits(text, j + 1) && GLUED_FIGURE.matcher(text).region(j + 4, n).lookingAt()) {
                digits.append(text, j + 1, j + 4);
                j += 4;
                break;
            } else {
                break;
            }
            if (digits.length() > 15) {
                end[0] = j;
                return null;
            }
        }
        end[0] = j;
        if (j < n && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '/' || text.charAt(j) == '%')) {
            return null;
        }
        long value = Long.parseLong(digits.toString());
        if (j + 1 < n && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
            int k = j + 1;
            while (k < n && Character.isDigit(text.charAt(k))) {
                k++;
            }
            String frac = text.substring(j + 1, k);
            double d = Double.parseDouble(digits + "." + frac);
            long scaled = scale(text, k, d, end);
            if (scaled >= 0) {
                return scaled;
            }
            end[0] = k;
            return null;
        }
        long scaled = scale(text, j, value, end);
        return scaled >= 0 ? scaled : value;
    }

    private static long scale(String text, int j, double value, int[] end) {
        String rest = text.substring(j, Math.min(text.length(), j + 10)).toLowerCase(Locale.ROOT);
        if (rest.startsWith(" million")) {
            end[0] = j + 8;
            return Math.round(value * 1_000_000);
        }
        if (rest.startsWith(" thousand")) {
            end[0] = j + 9;
            return Math.round(value * 1000);
        }
        return -1;
    }

    private static boolean threeDigits(String text, int from) {
        if (from + 3 > text.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!Character.isDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDateOrNoise(String text, int start, int end) {
        String after = text.substring(end, Math.min(text.length(), end + 12)).strip();
        String before = text.substring(Math.max(0, start - 12), start).strip();
        int cut = 0;
        while (cut < after.length() && " ,.;:)".indexOf(after.charAt(cut)) < 0) {
            cut++;
        }
        String nextWord = after.substring(0, cut);
        String prevWord = before.substring(before.lastIndexOf(' ') + 1);
        return DateParser.isMonth(nextWord) || DateParser.isMonth(prevWord) || after.startsWith("%")
                || prevWord.equalsIgnoreCase("Unit") || ERA.matcher(nextWord).matches();
    }
}
