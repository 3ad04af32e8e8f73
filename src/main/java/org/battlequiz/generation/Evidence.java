package org.battlequiz.generation;

import java.util.List;
import java.util.regex.Pattern;
import org.battlequiz.article.SourceLine;
import org.battlequiz.generation.item.QuestionContent;

/** Evidence as a learner reads it: an infobox row as "Label, side: value", a body sentence without reference marks. */
final class Evidence {
    private static final Pattern GLUED_LABEL = Pattern.compile(
            "^(Date|Dates|Location|Result|Status|Territorial changes)\\s*:?\\s*(?=\\S)");
    private static final Pattern REF_TAGS = Pattern.compile("(?is)<?ref\\b[^>]*/>|<?ref\\b[^>]*>.*?</ref>|</?ref[^>]*>");
    private static final Pattern FOOTNOTES = Pattern.compile("\\[(?:[^\\]]{1,30})\\]");
    /** An empty pair of brackets, or a note letter in brackets ("(a)"), left where a reader dropped a link. */
    private static final Pattern NOTE_MARKS = Pattern.compile("\\s*\\(\\s*[a-z]?\\s*\\)");
    /**
     * "June 12, 1864 (1864-06-13)", "(1944-07-21 1944-08-10)": a machine form of the date a template printed beside
     * it, often a day off.
     */
    private static final Pattern ISO_ECHO = Pattern.compile(
            "\\s*\\(\\s*-?\\d{3,4}-\\d{2}-\\d{2}(?:(?:\\s*[–-]\\s*|\\s+)-?\\d{3,4}-\\d{2}-\\d{2})?\\s*\\)");
    /** "24 August 1516; 508 years ago": how long ago as of the day the page was printed, stale ever after. */
    private static final Pattern AGE_ECHO = Pattern.compile("\\s*[;,(]?\\s*\\d{1,4} years? ago\\)?");
    /** "Roi KleinKIA": a status a reader glued to the name before it. */
    private static final Pattern GLUED_STATUS = Pattern.compile("(\\p{Ll}{2})(KIA|WIA|DOW|POW|MIA)\\b");
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October"
            + "|November|December";
    /** "March 27March 29, 1941", "September 19, 1944February 10, 1945": a date range that lost its dash. */
    private static final Pattern GLUED_RANGE = Pattern.compile(
            "((?:" + MONTHS + ") \\d{1,2}(?:, \\d{3,4})?|\\b\\d{4})(?=(?:" + MONTHS + ")\\b)");
    /** "killed and wounded(including 150 prisoners)": a bracket glued to the word before it. */
    private static final Pattern GLUED_BRACKET = Pattern.compile("(?<=\\p{Ll}{2})\\((?=\\p{Ll}{3})");
    /** "2 November 194320 December 1943": a year glued to the day that follows it. */
    private static final Pattern GLUED_YEAR_DAY = Pattern.compile(
            "\\b(1\\d{3}|20\\d{2})([1-9]|[12]\\d|3[01])(?= (?:" + MONTHS + ")\\b)");
    /** "May 31 June 12, 1864": a range whose dash went with the ISO date a reader printed after its start. */
    private static final Pattern SPACED_RANGE = Pattern.compile(
            "((?:" + MONTHS + ") \\d{1,2}) (?=(?:" + MONTHS + ") \\d{1,2}\\b)");

    /** "(pronounced )", "( )": what is left of a bracket whose guide or marks were removed. */
    private static final Pattern EMPTY_BRACKETS = Pattern.compile(
            "\\s*\\(\\s*(?:(?:[Pp]ronounced|[Pp]ronunciation:?|[Ll]isten)\\s*)?\\)");

    private Evidence() {
    }

    /** "Strength, Royalists: 12,000 foot". */
    static String row(String label, String side, String value) {
        String v = clean(value);
        return side == null || side.isBlank() ? label + ": " + v : label + ", " + clean(side) + ": " + v;
    }

    /**
     * The parts of a row's value that hold the figure an item asks about, "; " between them ("40,000 to 50,000" of
     * "40,000 to 50,000; 20,000 horsemen; Unknown number of"); the whole value when no part holds it alone.
     */
    static String partsHolding(String value, String figure) {
        if (value == null || figure == null || figure.isBlank()) {
            return value;
        }
        List<String> parts = java.util.Arrays.stream(value.split("; ")).filter(p -> p.contains(figure)).toList();
        return parts.isEmpty() ? value : String.join("; ", parts);
    }

    /** A source line as readable text: reference marks and markup removed, a glued infobox label separated. */
    static String of(SourceLine line) {
        if (line == null) {
            return "";
        }
        java.util.regex.Matcher row = TEMPLATE_ROW.matcher(line.text().strip());
        if (row.matches() && ROW_LABELS.containsKey(row.group(1).toLowerCase(java.util.Locale.ROOT))) {
            return ROW_LABELS.get(row.group(1).toLowerCase(java.util.Locale.ROOT)) + ": " + clean(row.group(2));
        }
        return GLUED_LABEL.matcher(clean(line.text())).replaceFirst("$1: ");
    }

    /** "| date = 28 August 1914", "place=Tarn": an infobox template's row as a reader printed it. */
    private static final Pattern TEMPLATE_ROW = Pattern.compile("^\\|?\\s*([A-Za-z_]+?)\\d?\\s*=\\s*(\\S.*)$");
    private static final java.util.Map<String, String> ROW_LABELS = java.util.Map.of("date", "Date", "place", "Location",
            "location", "Location", "result", "Result", "partof", "Part of", "strength", "Strength",
            "casualties", "Casualties and losses", "combatant", "Belligerents", "commander", "Commanders and leaders",
            "territory", "Territorial changes");

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String noTags = NOTE_MARKS.matcher(ISO_ECHO.matcher(REF_TAGS.matcher(text).replaceAll("")).replaceAll(""))
                .replaceAll("");
        noTags = AGE_ECHO.matcher(noTags).replaceAll("");
        noTags = GLUED_RANGE.matcher(GLUED_STATUS.matcher(noTags).replaceAll("$1 ($2)")).replaceAll("$1 – ");
        noTags = GLUED_BRACKET.matcher(GLUED_YEAR_DAY.matcher(noTags).replaceAll("$1 – $2")).replaceAll(" (");
        noTags = SPACED_RANGE.matcher(noTags.replaceAll("\\s+", " ")).replaceAll("$1 – ");
        String noFootnotes = EMPTY_BRACKETS.matcher(FOOTNOTES.matcher(noTags).replaceAll("")).replaceAll("");
        return noFootnotes.replaceAll("\\s+", " ").replaceAll("(\\p{L}{2,})\\.;", "$1;")
                .replaceAll("\\s+([,.;:])", "$1")
                .replaceAll("[,;]+;", ";").replaceAll("(\\p{L}{3,})\\.\\p{Ll}$", "$1.").replaceAll("[,;]$", "").strip();
    }

    /** A sentence ending in a full stop (or its own question or exclamation mark), capitalised. */
    static String sentence(String text) {
        String s = clean(text);
        if (s.isEmpty()) {
            return s;
        }
        s = Texts.capitalize(s);
        return s.matches(".*[.!?…]$") ? s : s + ".";
    }

    /** "(French pronunciation: )", "( ; )": a gloss whose sound file or foreign text the page lost. */
    private static final java.util.regex.Pattern EMPTY_GLOSS = java.util.regex.Pattern.compile(
            "\\s*\\((?:[\\p{L} ]{1,40}:)?[\\s;,:]*\\)");

    /**
     * The readable quote: "From the article: "Date: 23 October 1642"". Its footnote numbers stay with the item's
     * source line, where a teacher can follow them; a learner reads the quote without them.
     */
    static String quote(FactRef fact) {
        String text = EMPTY_GLOSS.matcher(fact.evidence() != null ? clean(fact.evidence()) : of(fact.source()))
                .replaceAll("");
        return text.isEmpty() ? "" : "From the article: \u201c" + text + "\u201d";
    }
}
