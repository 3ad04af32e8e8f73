package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Puts back the row labels that many readers drop (Belligerents, Strength, Location, "Territorial changes" split
 * over two lines), judging each unlabelled block by its shape: names, figures or a place.
 */
final class LostLabels {
    private static final Pattern FIGURE_LED = Pattern.compile(
            "^[\\s•·*~≈<>≥≤+]*(?:(?:c\\.|ca\\.|est\\.|estimated|about|approximately|approx\\.?|around|roughly|nearly|some|over|up to"
                    + "|at least|total:?)\\s*){0,2}"
                    + "\\d[\\d,.]*(?!\\d)(?!(st|nd|rd|th)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LOSS_WORDS = Pattern.compile(
            "\\b(killed|dead|wounded|captured|casualties|losses|missing|prisoners?|pows?|died|sunk|destroyed)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> FORMATIONS = java.util.Set.of("unit", "units", "division",
            "divisions", "brigade", "brigades", "regiment", "regiments", "battalion", "battalions", "corps", "army",
            "armies", "legion", "legions", "squadron", "squadrons", "company", "companies", "group", "groups");

    private LostLabels() {
    }

    static List<TextLine> restore(List<TextLine> in, int title, List<String> warnings) {
        List<TextLine> lines = joinSplitLabels(in, title);
        restoreResult(lines, title);
        int firstSection = indexOfSection(lines, title + 1, null);
        int belligerents = indexOfSection(lines, title + 1, Section.BELLIGERENTS);
        if (belligerents < 0 || firstSection < belligerents) {
            int end = firstSection >= 0 ? firstSection : infoboxEnd(lines, title + 1);
            boolean commandersKept = firstSection >= 0
                    && Section.heading(lines.get(firstSection).clean()) != Section.STRENGTH
                    && Section.heading(lines.get(firstSection).clean()) != Section.CASUALTIES;
            int start = commandersKept ? belligerentsStart(lines, title + 1, end)
                    : firstNameLine(lines, title + 1, end);
            if (start >= 0) {
                lines.add(start, synthetic(lines.get(start), "Belligerents"));
                warnings.add("The 'Belligerents' label was missing; the lines before 'Commanders and leaders' were"
                        + " read as the belligerents.");
                if (!commandersKept) {
                    labelUnlabelledRows(lines, start + 1, firstSection >= 0 ? firstSection + 1 : -1, warnings);
                }
            } else if (commandersLabelled(lines, firstSection)) {
                lines.add(firstSection, synthetic(lines.get(firstSection), "Belligerents"));
                warnings.add("The page lost the belligerents' names: the sides are read without them.");
            } else {
                return lines;
            }
        }
        restoreStrength(lines, title, warnings);
        restoreLocation(lines, title);
        return lines;
    }

    /**
     * A "Commanders and leaders" row with a later "Casualties and losses" or "Strength" row: the infobox is there
     * even where nothing of the belligerents' row survives above it.
     */
    private static boolean commandersLabelled(List<TextLine> lines, int firstSection) {
        if (firstSection < 0 || Section.heading(lines.get(firstSection).clean()) != Section.COMMANDERS) {
            return false;
        }
        for (int i = firstSection + 1; i < lines.size(); i++) {
            Section s = Section.heading(lines.get(i).clean());
            if (s == Section.CASUALTIES || s == Section.STRENGTH) {
                return true;
            }
        }
        return false;
    }

    /** "Territorial" then "changes" on the next line is one label. */
    private static List<TextLine> joinSplitLabels(List<TextLine> in, int title) {
        List<TextLine> out = new ArrayList<>(in.size());
        for (int i = 0; i < in.size(); i++) {
            TextLine l = in.get(i);
            if (i > title && i + 1 < in.size() && l.clean().equals("Territorial")
                    && in.get(i + 1).clean().startsWith("changes")) {
                out.add(TextLine.of(l.number(), "Territorial changes " + in.get(i + 1).clean().substring(7).strip()));
                i++;
            } else {
                out.add(l);
            }
        }
        return out;
    }

    static int indexOfSection(List<TextLine> lines, int from, Section wanted) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            Section s = Section.heading(lines.get(i).clean());
            if (s != null && (wanted == null || s == wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static int infoboxEnd(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String c = lines.get(i).clean();
            if (ExportLayout.isLongProse(c) || ExportLayout.isReference(lines.get(i).raw())) {
                return i;
            }
        }
        return lines.size();
    }

    /** The line holding the value of the last one-column row (the row's own line when glued to it), or -1. */
    private static int lastRowValue(List<TextLine> lines, int from, int end) {
        int lastRow = -1;
        for (int i = from; i < end; i++) {
            if (ExportLayout.headerLabel(lines.get(i).tagged()) != null) {
                lastRow = i;
            }
        }
        if (lastRow < 0) {
            return -1;
        }
        String inline = lines.get(lastRow).tagged().substring(ExportLayout.headerLabel(lines.get(lastRow).tagged()).length());
        return inline.isBlank() ? nextText(lines, lastRow + 1, end) : lastRow;
    }

    /** The first line of the belligerents: the name-like lines that end the last one-column row. */
    private static int belligerentsStart(List<TextLine> lines, int from, int end) {
        int firstValue = lastRowValue(lines, from, end);
        if (firstValue < 0) {
            return -1;
        }
        int start = -1;
        for (int i = end - 1; i > firstValue; i--) {
            TextLine l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            if (sentenceLike(l.clean()) || figureLed(l.clean()) || namesADay(l.clean())
                    || CONSEQUENCE.matcher(l.clean()).lookingAt() || OUTCOME_VERB.matcher(l.clean()).find()) {
                break;
            }
            start = i;
        }
        if (start < 0) {
            int last = end - 1;
            while (last > firstValue && lines.get(last).blank()) {
                last--;
            }
            String value = lines.get(last).clean();
            start = last > firstValue && !figureLed(value)
                    && !(StrengthReader.isBullet(value) && sentenceLike(value)) ? last : -1;
        }
        return start;
    }

    /** "Death of Tecumseh", "Fall of the Hetmanate", "Treaty of Kars": what a result led to, not a belligerent. */
    private static final Pattern CONSEQUENCE = Pattern.compile("(?:Death|Fall|End|Collapse|Destruction|Capture|"
            + "Surrender|Retreat|Withdrawal|Annexation|Partition|Dissolution|Treaty|Siege|Sack|Occupation) of \\p{Lu}");

    /** "All of Tarnland falls to the Velt": a clause on what the result led to, which no belligerent's name holds. */
    private static final Pattern OUTCOME_VERB = Pattern.compile("\\b(?:falls|fell|fall to|taken|occupied|annexed|ceded|"
            + "withdraws?|withdrew|retreats?|retreated|remains?|remained|becomes|became|gains?|gained|loses|lost|"
            + "returns?|returned|restored|recaptured|recaptures|controls|evacuated|evacuates|ends|ended)\\b");

    /** "Armistice of Villafranca (12 July 1859)": a line naming a day and month goes on the result, not a name. */
    private static boolean namesADay(String clean) {
        DateParser.Range r = DateParser.parse(clean.replace('(', ' ').replace(')', ' '));
        return r != null && r.start() != null && r.start().indexOf('-', 1) > 0;
    }

    /** With no row label at all, the belligerents are the first line of names after the last one-column row. */
    private static int firstNameLine(List<TextLine> lines, int from, int end) {
        int value = lastRowValue(lines, from, end);
        int i = value < 0 ? -1 : nextText(lines, value + 1, end);
        return i >= 0 && !sentenceLike(lines.get(i).clean()) && !figureLed(lines.get(i).clean()) ? i : -1;
    }

    /** Belligerents, then commanders' names, then figures, then losses, when a reader dropped every label. */
    private static void labelUnlabelledRows(List<TextLine> lines, int from, int until, List<String> warnings) {
        int end = until >= 0 ? until : infoboxEnd(lines, from);
        int i = nextText(lines, from, end);
        if (i < 0) {
            return;
        }
        i = nextText(lines, i + 1, end);
        while (i >= 0 && namesOnlyStates(lines.get(i).clean())) {
            i = nextText(lines, i + 1, end);
        }
        if (i >= 0 && !figureLed(lines.get(i).clean()) && !sentenceLike(lines.get(i).clean())) {
            lines.add(i, synthetic(lines.get(i), "Commanders and leaders"));
            end++;
            i = nextText(lines, i + 2, end);
        }
        while (i >= 0 && !figureLed(lines.get(i).clean())) {
            i = nextText(lines, i + 1, end);
        }
        if (i < 0) {
            return;
        }
        if (Section.heading(lines.get(i).clean()) != null) {
            return;
        }
        lines.add(i, synthetic(lines.get(i), "Strength"));
        end++;
        for (int j = i + 2; j < end && until < 0; j++) {
            if (LOSS_WORDS.matcher(lines.get(j).clean()).find()) {
                lines.add(j, synthetic(lines.get(j), "Casualties and losses"));
                break;
            }
        }
        warnings.add("The infobox had no row labels; its rows were read by their shape.");
    }

    /**
     * "France France", "German Empire Germany", "Arab Revolt Arab insurgents": a line of states, or a flag's label
     * and the force it stands for, holds belligerents; a commanders' line names a man.
     */
    static boolean namesOnlyStates(String clean) {
        List<String> words = Words.tokens(LineCleaner.strip(clean).replaceAll("\\[[^\\]]*]", " "))
                .stream().filter(w -> !w.isBlank()).toList();
        int at = 0;
        while (at < words.size()) {
            int state = Lexicon.leadingState(concat(words.subList(at, words.size()), "."));
            if (state == 0) {
                break;
            }
            at += state;
        }
        if (at == words.size()) {
            return at > 0;
        }
        int half = words.size() / 2;
        boolean doubled = words.size() % 2 == 0 && words.subList(0, half).equals(words.subList(half, words.size()));
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        return doubled && at == half || GROUP_NOUNS.contains(last) && words.size() <= MAX_GROUP_WORDS
                && (at > 0 || NamedEntry.isNationWord(words.get(0)));
    }

    private static final int MAX_GROUP_WORDS = 5;
    private static final java.util.Set<String> GROUP_NOUNS = java.util.Set.of("insurgents", "rebels", "tribes",
            "volunteers", "militia", "militias", "partisans", "irregulars", "auxiliaries", "loyalists", "forces");

    private static List<String> concat(List<String> words, String end) {
        List<String> out = new ArrayList<>(words);
        out.add(end);
        return out;
    }

    /** "Overall ~ 35,470+", "Total: 5,000": a short label, then only a figure. */
    private static final Pattern LABELLED_FIGURE = Pattern.compile(
            "\\p{L}[\\p{L} .'’-]{0,30}?\\s*[~≈:]\\s*[~≈]?\\s*\\d[\\d,.]*\\+?");

    /** "5th corps 60,000": a numbered formation and its men, in the thousands, on a line of their own. */
    private static final Pattern FORMATION_STRENGTH = Pattern.compile("(?i)\\d{1,3}(?:st|nd|rd|th)\\s+(?:corps|army|"
            + "division|brigade|regiment|fleet|group|front)\\s*:?\\s*~?\\d{1,3}(?:,\\d{3})+\\+?");

    /** A figure-led line inside the commanders (or units) starts the Strength row a reader left unlabelled. */
    private static void restoreStrength(List<TextLine> lines, int title, List<String> warnings) {
        if (indexOfSection(lines, title + 1, Section.STRENGTH) >= 0) {
            return;
        }
        int commanders = indexOfSection(lines, title + 1, Section.COMMANDERS);
        if (commanders < 0) {
            return;
        }
        int casualties = indexOfSection(lines, commanders + 1, Section.CASUALTIES);
        int end = casualties >= 0 ? casualties : infoboxEnd(lines, commanders + 1);
        boolean seenName = onlyFigures(lines, commanders + 1, end);
        int counts = -1;
        for (int i = commanders + 1; i < end; i++) {
            TextLine l = lines.get(i);
            if (l.blank()) {
                continue;
            }
            Section s = Section.heading(l.clean());
            if (s != null) {
                seenName = s == Section.UNITS;
                counts = -1;
                continue;
            }
            boolean lastBeforeLosses = casualties >= 0 && nextText(lines, i + 1, end) < 0;
            boolean stateFigure = (lines.get(i - 1).blank() || FORCE_WORD.matcher(l.clean()).find())
                    && stateThenFigure(l.clean());
            boolean formationStrength = FORMATION_STRENGTH.matcher(l.clean()).matches();
            if ((figureLed(l.clean()) || stateFigure || LABELLED_FIGURE.matcher(l.clean()).matches()
                    || FORCE_IN_THOUSANDS.matcher(l.clean()).find() || formationStrength)
                    && (seenName || i > commanders + 1)
                    && (!namesFormations(l.clean()) || formationStrength
                    || lastBeforeLosses && Quantity.scan(l.clean()).size() >= 2)) {
                int at = counts >= 0 ? counts : i;
                lines.add(at, synthetic(lines.get(at), "Strength"));
                warnings.add("The 'Strength' label was missing; the figures after the commanders were read as the"
                        + " strength.");
                return;
            }
            // "15 British battalions", "98 guns": counts of formations right after the names open the strength
            boolean count = figureLed(l.clean()) && namesFormations(l.clean()) && lines.get(i - 1).blank();
            counts = count && counts < 0 ? i : figureLed(l.clean()) ? counts : -1;
            seenName = true;
        }
    }

    /** A place line under the Date row, where a reader dropped the "Location" label. */
    private static void restoreLocation(List<TextLine> lines, int title) {
        int date = -1;
        for (int i = title + 1; i < lines.size(); i++) {
            String label = ExportLayout.headerLabel(lines.get(i).tagged());
            if (label == null) {
                if (Section.heading(lines.get(i).clean()) != null) {
                    break;
                }
                continue;
            }
            if (label.equals("Location")) {
                return;
            }
            if (label.equals("Date")) {
                date = i;
            } else if (date >= 0) {
                placeLabel(lines, date, i);
                return;
            }
        }
    }

    /** "Irish victory" on a line of its own among the one-column rows, where a reader dropped the "Result" label. */
    private static void restoreResult(List<TextLine> lines, int title) {
        int end = indexOfSection(lines, title + 1, null);
        if (end < 0) {
            return;
        }
        int outcome = -1;
        for (int i = title + 1; i < end; i++) {
            String label = ExportLayout.headerLabel(lines.get(i).tagged());
            if ("Result".equals(label)) {
                return;
            }
            String c = lines.get(i).clean();
            if (outcome < 0 && label == null && OUTCOME.matcher(c).find() && Words.tokens(c).size() <= 8
                    && !ExportLayout.isLongProse(c)) {
                outcome = i;
            }
        }
        if (outcome >= 0) {
            lines.add(outcome, synthetic(lines.get(outcome), "Result"));
        }
    }

    private static final Pattern OUTCOME = Pattern.compile("(?i)\\b(victory|defeat|stalemate|inconclusive|indecisive)\\b");

    private static void placeLabel(List<TextLine> lines, int date, int next) {
        boolean inline = !lines.get(date).tagged().substring(4).isBlank();
        for (int i = date + 1; i < next; i++) {
            TextLine l = lines.get(i);
            String c = l.clean();
            if (l.blank() || !inline && DateParser.parse(c) != null && i == nextText(lines, date + 1, next)) {
                continue;
            }
            if (DateParser.parse(c) != null || c.startsWith("(") || c.endsWith(":")) {
                continue;
            }
            lines.add(i, synthetic(l, "Location"));
            return;
        }
    }

    /** "15 rebel units", "1st Armoured Division": a count of formations names units, not a strength. */
    private static boolean namesFormations(String clean) {
        List<String> words = Words.tokens(clean);
        if (Quantity.scan(clean).stream().anyMatch(q -> q.max() >= 1000)) {
            return false;
        }
        for (int i = 1; i < Math.min(4, words.size()); i++) {
            if (FORMATIONS.contains(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "• 1,360", "• 1 cannon", "• 910", or "19,000+ 18,000+" on one line: a row of figures only, whose commanders the
     * reader lost with its label.
     */
    private static boolean onlyFigures(List<TextLine> lines, int from, int end) {
        int figures = 0;
        for (int i = from; i < end; i++) {
            String clean = lines.get(i).clean();
            if (lines.get(i).blank()) {
                continue;
            }
            if (!figureLed(clean) || Section.heading(clean) != null) {
                return false;
            }
            figures += Math.max(1, Quantity.scan(clean).size());
        }
        return figures >= 2;
    }

    /**
     * "Kingdom of Ranland 11,900", "Cross of Tarn.svg 1,100", "France 82,935 infantry": a flag's state or file, then a
     * figure and at most the word for the men it counts.
     */
    private static boolean stateThenFigure(String clean) {
        java.util.regex.Matcher m = STATE_FIGURE.matcher(clean.strip());
        if (!m.matches()) {
            return false;
        }
        String label = m.group(1).strip();
        return label.matches(".*\\.(?:svg|png|jpg|gif)$")
                || Lexicon.isState(Lexicon.key(label));
    }

    /** The words for the fighting men a figure counts. */
    private static final String FORCE_NOUNS = "men|infantry|cavalry|troops|soldiers|warriors";
    private static final Pattern STATE_FIGURE = Pattern.compile("^(\\p{L}[^\\d]{1,60}?)\\s+\\d{1,3}(?:,\\d{3})*\\+?(?:\\[\\w+\\])*"
            + "(?:\\s+(?:" + FORCE_NOUNS + ")(?:\\[\\w+\\])*)?$");
    /**
     * "Eighth Army: 16 divisions - 215,000 soldiers": a count of fighting men in the thousands, anywhere in a line
     * below the commanders' first, is a strength whatever heads it.
     */
    private static final Pattern FORCE_IN_THOUSANDS = Pattern.compile(
            "\\b\\d{1,3}(?:,\\d{3})+\\+?\\s+(?:" + FORCE_NOUNS + "|sabers|sabres)\\b");
    /** "France 82,935 infantry": a flag's state, then a count of fighting men, opens the strength on any line. */
    private static final Pattern FORCE_WORD = Pattern.compile("\\d\\s+(?:" + FORCE_NOUNS + ")\\b");

    static boolean figureLed(String clean) {
        return FIGURE_LED.matcher(clean.length() > 80 ? clean.substring(0, 80) : clean).lookingAt();
    }

    static boolean sentenceLike(String clean) {
        String s = clean;
        int lower = 0;
        for (String w : s.split("[\\s,;()]+")) {
            if (w.length() > 2 && Character.isLowerCase(w.charAt(0)) && !Words.CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) {
                lower++;
            }
        }
        return lower >= 2;
    }

    private static int nextText(List<TextLine> lines, int from, int end) {
        for (int i = from; i < end && i < lines.size(); i++) {
            if (!lines.get(i).blank()) {
                return i;
            }
        }
        return -1;
    }

    private static TextLine synthetic(TextLine at, String label) {
        return TextLine.of(at.number(), label);
    }
}
