package org.battlequiz.authoring;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import org.battlequiz.article.FactCorrection;
import org.battlequiz.article.FactCorrection.Action;
import org.battlequiz.article.FactCorrection.Kind;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A correction as the facts page posts it: which fact (kind, side and, for a belligerent or commander, its name as
 * shown) and, to fix or add one, its new value. Field formats are checked here; whether the fact is there is
 * checked against the facts by {@link FactsService}.
 */
public class FactForm {
    static final List<String> STATUSES = List.of("KIA", "DOW", "WIA", "POW", "MIA", "Executed");
    private static final String FIGURE = "\\d{1,3}(?:[,\u202f ]\\d{3})*|\\d+";
    /** A casualty field: empty, or one whole number. */
    private static final String OPTIONAL_FIGURE = "\\s*(" + FIGURE + ")?\\s*";
    private static final java.util.regex.Pattern RANGE = java.util.regex.Pattern.compile(
            "(" + FIGURE + ")(?:\\s*(?:[-\u2013\u2014]|to)\\s*(" + FIGURE + "))?");
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile(
            "(?i)(-?\\d{1,4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?|(\\d{1,4})\\s*(BC|BCE)");

    @RestForm
    public String kind;

    @RestForm
    public String side;

    @RestForm
    public String target;

    @RestForm
    public String toSide;

    @RestForm
    @Size(max = 200, message = "A name can have at most 200 characters.")
    public String name;

    @RestForm
    public String status;

    @RestForm
    @Size(max = 40, message = "A figure can have at most 40 characters.")
    public String figure;

    @RestForm
    @Size(max = 100, message = "What the figure counts can have at most 100 characters.")
    public String label;

    @RestForm
    @Pattern(regexp = OPTIONAL_FIGURE, message = "Killed must be a whole number, such as 1200 or 1,200.")
    public String killed;

    @RestForm
    @Pattern(regexp = OPTIONAL_FIGURE, message = "Wounded must be a whole number, such as 1200 or 1,200.")
    public String wounded;

    @RestForm
    @Pattern(regexp = OPTIONAL_FIGURE, message = "Captured must be a whole number, such as 1200 or 1,200.")
    public String captured;

    @RestForm
    @Size(max = 20, message = "A date can have at most 20 characters.")
    public String start;

    @RestForm
    @Size(max = 20, message = "A date can have at most 20 characters.")
    public String end;

    @RestForm
    @Size(max = 300, message = "The place can have at most 300 characters.")
    public String place;

    @RestForm
    @Size(max = 300, message = "The result can have at most 300 characters.")
    public String result;

    @RestForm
    public String winner;

    @RestForm
    @Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "The source line must be a line number, such as 12.")
    public String line;

    /** The fact kind named by the form, or null (with the reason added) when it names none. */
    Kind kindOrNull(List<String> errors) {
        try {
            return Kind.valueOf(trimmed(kind).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add("Choose which kind of fact to correct: belligerent, commander, strength, casualties, dates, "
                    + "place or result.");
            return null;
        }
    }

    /** A side index in 0..sides-1 from its form value, or -1 (with the reason added). */
    static int sideIndex(String value, int sides, String what, List<String> errors) {
        String v = trimmed(value);
        if (v.matches("\\d{1,2}") && Integer.parseInt(v) < sides) {
            return Integer.parseInt(v);
        }
        errors.add("Choose " + what + ": one of the " + sides + " sides.");
        return -1;
    }

    /** The new value a FIX or ADD of this kind sets, checked; errors name every field at fault. */
    Map<String, String> values(Kind k, int sides, List<String> lines, List<String> errors) {
        Map<String, String> values = new HashMap<>();
        switch (k) {
            case BELLIGERENT, COMMANDER -> {
                String n = trimmed(name).replaceAll("\\s+", " ");
                if (n.isEmpty()) {
                    errors.add("Give the " + k.label().toLowerCase(Locale.ROOT) + "'s name.");
                }
                values.put("name", n);
                String s = trimmed(status);
                if (k == Kind.COMMANDER && !s.isEmpty()) {
                    if (STATUSES.contains(s)) {
                        values.put("note", s);
                    } else {
                        errors.add("A commander's status is one of " + String.join(", ", STATUSES) + ", or none.");
                    }
                }
            }
            case STRENGTH -> strength(values, errors);
            case CASUALTIES -> casualties(values, errors);
            case DATES -> {
                String from = date(start, "The start date", true, errors);
                String to = date(end, "The end date", false, errors);
                if (from != null) {
                    values.put("start", from);
                    values.put("end", to == null ? from : to);
                    if (to != null && compare(from, to) > 0) {
                        errors.add("The end date comes before the start date.");
                    }
                }
            }
            case PLACE -> {
                String p = trimmed(place);
                if (p.isEmpty()) {
                    errors.add("Give the place where the battle was fought.");
                }
                values.put("place", p);
            }
            case RESULT -> {
                String r = trimmed(result);
                if (r.isEmpty()) {
                    errors.add("Give the result, such as \u201cDecisive French victory\u201d.");
                }
                values.put("result", r);
                if (!trimmed(winner).isEmpty()) {
                    int w = sideIndex(winner, sides, "the winner", errors);
                    values.put("winner", w < 0 ? "" : String.valueOf(w));
                }
            }
        }
        source(lines, values, errors);
        return values;
    }

    private void strength(Map<String, String> values, List<String> errors) {
        Matcher m = RANGE.matcher(trimmed(figure));
        if (!m.matches()) {
            errors.add("The strength must be a number such as 12000 or 12,000, or a range such as 5,000\u20136,000.");
            return;
        }
        long min = number(m.group(1));
        Long max = m.group(2) == null ? null : number(m.group(2));
        if (max != null && max < min) {
            errors.add("A strength range goes from the smaller figure to the larger.");
            return;
        }
        values.put("min", String.valueOf(min));
        values.put("max", String.valueOf(max == null ? min : max));
        String shown = NumberFormatting.grouped(min) + (max == null || max == min ? "" : "\u2013"
                + NumberFormatting.grouped(max));
        String words = trimmed(label);
        values.put("text", words.isEmpty() ? shown : shown + " " + words);
    }

    private void casualties(Map<String, String> values, List<String> errors) {
        StringBuilder text = new StringBuilder();
        for (String[] part : new String[][] {{"killed", killed}, {"wounded", wounded}, {"captured", captured}}) {
            String v = trimmed(part[1]);
            if (v.matches(FIGURE)) {
                long n = number(v);
                values.put(part[0], String.valueOf(n));
                text.append(text.isEmpty() ? "" : ", ").append(NumberFormatting.grouped(n)).append(' ').append(part[0]);
            }
        }
        if (text.isEmpty() && errors.stream().noneMatch(e -> e.contains("whole number"))) {
            errors.add("Give at least one figure of the losses: killed, wounded or captured.");
        }
        values.put("text", text.toString());
    }

    private void source(List<String> lines, Map<String, String> values, List<String> errors) {
        String l = trimmed(line);
        if (l.isEmpty() || !l.matches("\\d{1,6}")) {
            return;
        }
        int number = Integer.parseInt(l);
        if (number < 1 || number > lines.size() || lines.get(number - 1).isBlank()) {
            errors.add("The source line must be a line of the article with text on it (1 to " + lines.size() + ").");
            return;
        }
        values.put("lineNumber", String.valueOf(number));
        values.put("lineText", lines.get(number - 1).strip());
    }

    /** An ISO date, year-month or year (negative for BC) from what the teacher typed, or null. */
    static String date(String typed, String what, boolean required, List<String> errors) {
        String v = trimmed(typed);
        if (v.isEmpty()) {
            if (required) {
                errors.add(what + " is needed: a date such as 1415-10-25, a month such as 1415-10 or a year.");
            }
            return null;
        }
        Matcher m = DATE.matcher(v);
        String bad = what + " must be a date: yyyy-mm-dd, yyyy-mm or a year (for a year BC, 480 BC or -480).";
        if (!m.matches()) {
            errors.add(bad);
            return null;
        }
        if (m.group(4) != null) {
            int year = Integer.parseInt(m.group(4));
            if (year == 0) {
                errors.add(bad);
                return null;
            }
            return String.valueOf(-year);
        }
        int year = Integer.parseInt(m.group(1));
        try {
            if (year == 0 || m.group(2) != null && (Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12)) {
                throw new DateTimeException("no such month");
            }
            if (m.group(3) != null) {
                LocalDate.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            errors.add(bad);
            return null;
        }
        String y = String.valueOf(year);
        return m.group(2) == null ? y : m.group(3) == null
                ? String.format(Locale.ROOT, "%s-%02d", y, Integer.parseInt(m.group(2)))
                : String.format(Locale.ROOT, "%s-%02d-%02d", y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Orders two dates of the forms {@link #date} gives, by their earliest day. */
    static int compare(String a, String b) {
        return Long.compare(ordinal(a), ordinal(b));
    }

    private static long ordinal(String iso) {
        boolean bc = iso.startsWith("-");
        String[] parts = (bc ? iso.substring(1) : iso).split("-");
        long year = Long.parseLong(parts[0]) * (bc ? -1 : 1);
        long month = parts.length > 1 ? Long.parseLong(parts[1]) : 1;
        long day = parts.length > 2 ? Long.parseLong(parts[2]) : 1;
        return year * 372 + (month - 1) * 31 + day;
    }

    private static long number(String figure) {
        return Long.parseLong(figure.replaceAll("[^0-9]", ""));
    }

    static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}
