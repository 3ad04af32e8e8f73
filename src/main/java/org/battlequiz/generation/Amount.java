package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One figure of an infobox cell: "1,700–2,000 Hezbollah fighters", "About 5,900", "19 war elephants", with the
 * snapshot heading it stands under ("Initial", "Modern Estimates") and the number as written.
 */
record Amount(Figure figure, String label, String context, String written, boolean lowerBound) {
    private static final Pattern FIGURE = Pattern.compile(
            "(?i)^(~|about|around|c\\.|ca\\.|circa|approximately|approx\\.|some|at least|over|more than|between)?\\s*"
                    + "(?:total\\s+)?(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(?![/%\\d,])\\+?(?:\\s*(?:–|—|-|to|and)\\s*(\\d{1,3}(?:,\\d{3}){1,4}|\\d{1,15})(?![/%\\d]))?(\\+)?"
                    + "\\s*(.*)$");

    private static final Pattern LOSS = Pattern.compile("(?i)\\b(killed|dead|deaths|died|slain|wounded|captured|missing|POWs?|prisoners(?: of war)?)"
            + "(?:(?:,|\\s+and|\\s+or|\\s+and/or|,\\s*and|,\\s*or|)\\s+(?:killed|dead|drowned|wounded|captured|missing|sunk))*\\b");
    /**
     * "13 British and 11 French divisions": the first figure counts divisions too. Numbers and words are matched
     * possessively and only from their start, so a long digit run costs one pass, not one per digit.
     */
    private static final Pattern SHARED_NOUN = Pattern.compile(
            "(?<![\\d,])(\\d[\\d,]*+\\s+\\p{Lu}\\p{L}++)(\\s+and\\s+\\d[\\d,]*+\\s+\\p{Lu}\\p{L}++\\s+(\\p{Ll}[\\p{Ll} ]*\\p{Ll}))(?=$|[;,(\\[\\n])");
    private static final Pattern LOSS_LIST = Pattern.compile("(?i)^,\\s*(killed|dead|drowned|wounded|captured|missing)\\b.*");

    /** The figures of a cell text, split at ";" and line ends; "Heading:" segments set the context of what follows. */
    static List<Amount> parse(String text) {
        List<Amount> amounts = new ArrayList<>();
        if (text == null) {
            return amounts;
        }
        String context = null;
        String ranged = SHARED_NOUN.matcher(text).replaceAll("$1 $3$2").replaceAll("\\([^()]*\\)", " ").replaceAll("(?i)\\bbetween\\s+([\\d,]++)\\s+and\\s+([\\d,]++)", "$1–$2");
        for (String raw : ranged.split("\\s*(?:;|\\n|,\\s+(?=\\d)|\\s+and\\s+(?=\\d|about\\b))\\s*")) {
            String segment = Texts.withoutRefs(raw).replaceAll("\\s+", " ").strip();
            if (segment.endsWith(":")) {
                context = segment.substring(0, segment.length() - 1).strip();
                continue;
            }
            int colon = segment.indexOf(": ");
            if (colon > 0 && !Character.isDigit(segment.charAt(0))) {
                context = segment.substring(0, colon).strip();
                segment = segment.substring(colon + 2);
            }
            parseSegment(segment, context).ifPresent(amounts::add);
        }
        return amounts;
    }

    private static Optional<Amount> parseSegment(String segment, String context) {
        Matcher m = FIGURE.matcher(segment);
        if (!m.matches()) {
            return Optional.empty();
        }
        String prefix = m.group(1) == null ? "" : m.group(1).toLowerCase(Locale.ROOT);
        long low = number(m.group(2));
        long high = m.group(3) == null ? low : number(m.group(3));
        if (high < low) {
            return Optional.empty();
        }
        boolean approximate = !prefix.isEmpty() && !prefix.equals("between") && !isBound(prefix);
        boolean lowerBound = isBound(prefix) || m.group(4) != null || segment.matches("\\d[\\d,]*\\+.*");
        String label = cleanLabel(m.group(5));
        if (!label.isEmpty() && !label.matches("(?i)^(?!(by|in|at|on|of|to|from|per|and|or)\\b)\\p{L}.*")) {
            return Optional.empty();
        }
        String written = m.group(3) == null ? m.group(2) : segment.substring(m.start(2), m.end(3));
        return Optional.of(new Amount(new Figure(low, high, approximate), label, context, written, lowerBound));
    }

    private static boolean isBound(String prefix) {
        return prefix.equals("at least") || prefix.equals("over") || prefix.equals("more than");
    }

    /** "Hezbollah fighters", "war elephants"; parentheses, trailing clauses and "(but see ...)" removed. */
    private static String cleanLabel(String rest) {
        String label = rest.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").strip();
        int cut = label.indexOf(',');
        if (cut >= 0 && !label.substring(cut).matches(",.*\\band\\s+\\p{L}+.*")
                && !LOSS_LIST.matcher(label.substring(cut)).matches()) {
            label = label.substring(0, cut);
        }
        return label.replaceAll("[.:]+$", "").strip();
    }

    private static long number(String s) {
        return Long.parseLong(s.replace(",", ""));
    }

    /** The loss the label names, e.g. "killed and wounded", "captured or missing", or null. */
    String lossPhrase() {
        Matcher m = LOSS.matcher(label);
        return m.find() ? m.group().toLowerCase(Locale.ROOT) : null;
    }

    /** What the label counts, without the loss words: "Iranian officers", or "" for plain men. */
    String lossSubject() {
        return LOSS.matcher(label).replaceAll("").replaceAll("\\s+", " ").strip();
    }

    /** Whether the label names several loss categories at once ("killed, wounded or captured"). */
    boolean combinedLoss() {
        String phrase = lossPhrase();
        return phrase != null && phrase.matches(".*(,|\\band\\b|\\bor\\b).*");
    }

    /** The first word of the label that names a loss, or null: "killed", "wounded", "captured". */
    String lossCategory() {
        String l = " " + label.toLowerCase(Locale.ROOT) + " ";
        if (l.matches(".*\\b(killed|dead|deaths|died|slain)\\b.*")) {
            return "killed";
        }
        if (l.matches(".*\\bwounded\\b.*")) {
            return "wounded";
        }
        if (l.matches(".*\\b(captured|prisoners|pows?|missing or captured)\\b.*")) {
            return "captured";
        }
        return null;
    }
}
