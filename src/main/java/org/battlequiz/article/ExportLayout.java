package org.battlequiz.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds the title, the one-column rows, the two-column sections and the body of a plain-text export. */
record ExportLayout(TextLine title, Map<String, HeaderField> header, Map<Section, List<TextLine>> sections,
                    List<TextLine> body, Set<TextLine> columnBreaks, List<String> warnings) {

    static final List<String> HEADER_LABELS = List.of("Part of", "Date", "Location", "Result", "Territorial changes",
            "Status", "Place", "Conflict");

    static ExportLayout of(PageFormats.Page page) {
        List<String> warnings = new ArrayList<>();
        List<TextLine> lines = IconFiles.strip(page.lines());
        int t = PageChrome.title(lines, firstRow(lines));
        if (t < 0) {
            throw new NotABattleArticleException(lines.stream().allMatch(TextLine::blank)
                    ? "Expected a battle article, but the text is empty"
                    : "Expected a battle article with its title on a line of its own before the infobox rows (Date,"
                    + " Location, Result), but no such line was found");
        }
        boolean noTitleLine = headerLabel(lines.get(t).tagged()) != null;
        if (noTitleLine) {
            String prose = PageChrome.titleFromProse(lines);
            lines = new ArrayList<>(lines);
            lines.add(t, TextLine.of(lines.get(t).number(), prose == null ? "" : prose));
            warnings.add("The infobox has no title line; the title was read from the article's text.");
        } else if (!PageChrome.looksLikeTitle(lines.get(t).clean())) {
            String prose = PageChrome.titleFromProse(lines);
            if (prose != null) {
                lines = new ArrayList<>(lines);
                lines.add(t, TextLine.of(lines.get(t).number(), prose));
                warnings.add("The first line does not read as a title; the title was read from the article's text.");
            }
        }
        lines = LostLabels.restore(lines, t, warnings);
        TextLine titleLine = lines.get(latinTitle(lines, t));
        TextLine title = TextLine.of(titleLine.number(), PageChrome.titleText(titleLine.clean()));
        int bel = findSection(lines, t + 1);
        if (bel < 0) {
            throw new NotABattleArticleException("Expected a battle article with an infobox (a title line, then Date,"
                    + " Location, Result, and a 'Belligerents' row with the sides, their commanders, strength and"
                    + " casualties), but found no 'Belligerents' row");
        }
        Map<String, HeaderField> header = readHeader(lines, t + 1, bel);
        Map<Section, List<TextLine>> sections = new EnumMap<>(Section.class);
        int end = readSections(lines, bel, title.clean(), sections, page.columnBreaks());
        for (Section labelled : List.of(Section.BELLIGERENTS, Section.COMMANDERS, Section.UNITS)) {
            sections.computeIfPresent(labelled, (s, rows) -> withoutTitle(rows, title.clean(), page.columnBreaks()));
        }
        List<TextLine> after = readBody(lines, end);
        List<TextLine> body = new ArrayList<>(leadParagraphs(lines, t));
        body.addAll(after);
        if (after.isEmpty() && !hasTail(lines, end)) {
            warnings.add("The text stops inside the infobox or right after it; the facts after that point are"
                    + " missing.");
        }
        return new ExportLayout(title, header, sections, body, page.columnBreaks(), List.copyOf(warnings));
    }

    /**
     * "Battle of Sarikamish", then its names in other languages and scripts: a title line without a Latin letter
     * gives way to the nearest title above it that has one.
     */
    private static int latinTitle(List<TextLine> lines, int t) {
        if (hasLatinLetter(lines.get(t).clean())) {
            return t;
        }
        for (int k = t - 1; k >= Math.max(0, t - 6); k--) {
            String text = lines.get(k).clean();
            if (PageChrome.namesABattle(text) && hasLatinLetter(text)) {
                return k;
            }
        }
        return t;
    }

    private static boolean hasLatinLetter(String text) {
        return text.codePoints().anyMatch(c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    }

    /** The first row label of the infobox (a one-column label such as Date or a section heading), or -1. */
    private static int firstRow(List<TextLine> lines) {
        for (int i = 0; i < lines.size() && i < 400; i++) {
            TextLine l = lines.get(i);
            if (Section.heading(l.clean()) != null || isHeaderRow(l) && !labelledAgain(lines, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isHeaderRow(TextLine l) {
        return headerLabel(l.tagged()) != null && !isShortProse(l.clean()) && !isLongProse(l.clean());
    }

    private static final int ROWS_AHEAD = 40;

    /** "Location via proxy: [ UP ]" in a site's toolbar: the infobox's own Location row comes a little later. */
    private static boolean labelledAgain(List<TextLine> lines, int row) {
        String label = headerLabel(lines.get(row).tagged());
        for (int j = row + 1; j < lines.size() && j <= row + ROWS_AHEAD; j++) {
            if (isHeaderRow(lines.get(j)) && label.equals(headerLabel(lines.get(j).tagged()))) {
                return true;
            }
        }
        return false;
    }

    /** A lead paragraph some readers print before the infobox is part of the body. */
    private static List<TextLine> leadParagraphs(List<TextLine> lines, int title) {
        List<TextLine> out = new ArrayList<>();
        for (int i = 0; i < title; i++) {
            TextLine l = lines.get(i);
            if (isLongProse(l.clean()) || isShortProse(l.clean()) && !PageChrome.isChrome(l.clean())) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean hasTail(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (isReference(lines.get(i).raw()) || isFooter(lines.get(i).clean())) {
                return true;
            }
        }
        return false;
    }

    List<TextLine> section(Section s) {
        List<TextLine> lines = sections.getOrDefault(s, List.of());
        return lines.size() > InputGuard.MAX_CELL_LINES ? lines.subList(0, InputGuard.MAX_CELL_LINES) : lines;
    }

    /** The section cut where the page's own layout says the second column starts, or null when it does not say. */
    ColumnSplitter.Split knownColumns(Section s) {
        List<TextLine> lines = section(s);
        for (int i = 0; i < lines.size(); i++) {
            if (columnBreaks.contains(lines.get(i))) {
                List<Piece> left = new ArrayList<>();
                List<Piece> right = new ArrayList<>();
                for (int j = 0; j < lines.size(); j++) {
                    if (!lines.get(j).blank()) {
                        (j < i ? left : right).add(lines.get(j).whole());
                    }
                }
                return new ColumnSplitter.Split(left, right, 0.97);
            }
        }
        return null;
    }

    private static int findSection(List<TextLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (Section.heading(lines.get(i).clean()) == Section.BELLIGERENTS) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, HeaderField> readHeader(List<TextLine> lines, int from, int to) {
        Map<String, HeaderField> header = new LinkedHashMap<>();
        String label = null;
        TextLine labelLine = null;
        String inline = "";
        List<TextLine> rest = new ArrayList<>();
        for (int i = from; i < to; i++) {
            TextLine line = lines.get(i);
            String found = headerLabel(line.tagged());
            String key = found == null ? null : canonical(found);
            if (found != null && !header.containsKey(key) && !key.equals(label)) {
                if (label != null) {
                    header.put(label, new HeaderField(labelLine, inline, rest));
                }
                label = key;
                labelLine = line;
                inline = line.tagged().substring(found.length()).strip();
                rest = new ArrayList<>();
            } else if (label != null && (!(label.equals("Part of") && labelLine.tagged().startsWith("Part of"))
                    || stopsAtItsArticle(inline) && rest.stream().allMatch(TextLine::blank))) {
                rest.add(line);
            }
        }
        if (label != null) {
            header.put(label, new HeaderField(labelLine, inline, rest));
        }
        return header;
    }

    /** "Part of the" with the war on the line below: the one row whose value goes on to the next line. */
    private static boolean stopsAtItsArticle(String inline) {
        return inline.isEmpty() || inline.equalsIgnoreCase("the");
    }

    private static String canonical(String label) {
        return switch (label) {
            case "Place" -> "Location";
            case "Conflict" -> "Part of";
            default -> label;
        };
    }

    /**
     * "Battle of Saipan United States Battle of Saipan Japan": a reader that printed the page's title as each flag's
     * label; the labels go, leaving a wide gap between the sides.
     */
    private static List<TextLine> withoutTitle(List<TextLine> rows, String title, java.util.Set<TextLine> breaks) {
        if (title.length() < 8) {
            return rows;
        }
        List<TextLine> out = new ArrayList<>(rows.size());
        for (TextLine row : rows) {
            boolean labelled = !breaks.contains(row) && row.raw().contains(title) && !row.clean().equals(title);
            out.add(labelled ? TextLine.of(row.number(), row.raw().replace(title, "   ").strip()) : row);
        }
        return out;
    }

    static String headerLabel(String tagged) {
        for (String label : HEADER_LABELS) {
            if (tagged.regionMatches(true, 0, label, 0, label.length())) {
                if (label.equals("Location") && (tagged.startsWith("Location within") || tagged.startsWith("Location of"))) {
                    return null;
                }
                if ((label.equals("Status") || label.equals("Place") || label.equals("Conflict"))
                        && tagged.length() > label.length() && Character.isLowerCase(tagged.charAt(label.length()))) {
                    return null;
                }
                return label;
            }
        }
        return null;
    }

    private static int readSections(List<TextLine> lines, int from, String title, Map<Section, List<TextLine>> out,
            Set<TextLine> columnBreaks) {
        List<TextLine> current = null;
        int i = from;
        for (; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            Section s = Section.heading(line.clean());
            if (s != null && !out.containsKey(s)) {
                current = new ArrayList<>();
                out.put(s, current);
                continue;
            }
            if (s != null && current == out.get(s) && current.stream().allMatch(TextLine::blank)) {
                continue;
            }
            if (endsInfobox(lines, i, title) || current == out.get(Section.CASUALTIES)
                    && (isCampaignBox(lines, i) || startsBattleRun(lines, i)
                    || line.clean().startsWith("Coordinates:"))) {
                break;
            }
            current.add(line);
        }
        out.replaceAll((k, v) -> trimBlank(v, columnBreaks));
        return i;
    }

    private static final java.util.regex.Pattern LOSS_WORD = java.util.regex.Pattern.compile(
            "(?i)\\b(killed|wounded|captured|dead|missing|prisoners?|casualties|losses|men|troops)\\b");

    /** "Third English Civil War", "• Dunbar", "• Inverkeithing", ...: the campaign's list of battles after the losses. */
    private static boolean isCampaignBox(List<TextLine> lines, int i) {
        String heading = lines.get(i).clean();
        if (heading.isEmpty() || heading.startsWith("•") || heading.split(" ").length > 8
                || LOSS_WORD.matcher(heading).find() || heading.matches(".*\\d.*")) {
            return false;
        }
        int battles = 0;
        for (int k = i + 1; k < lines.size() && battles < 3; k++) {
            String text = lines.get(k).clean();
            if (lines.get(k).blank()) {
                continue;
            }
            if (!text.startsWith("•") || text.split(" ").length > 6 || LOSS_WORD.matcher(text).find()) {
                return false;
            }
            battles++;
        }
        return battles == 3;
    }

    /**
     * "Rhode Island – Cherry Valley – Stony Point – Minisink", or its heading ("Northern theater, 1778–1781") above
     * it: the campaign's battles run together on one line after the losses.
     */
    private static boolean startsBattleRun(List<TextLine> lines, int i) {
        if (isBattleRun(lines.get(i).clean())) {
            return true;
        }
        String text = lines.get(i).clean();
        if (text.isEmpty() || LOSS_WORD.matcher(text).find() || text.split(" ").length > 8) {
            return false;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            if (!lines.get(k).blank()) {
                return isBattleRun(lines.get(k).clean());
            }
        }
        return false;
    }

    private static boolean isBattleRun(String text) {
        String[] parts = text.split(" [–—·•] ");
        if (parts.length < 4 || LOSS_WORD.matcher(text).find()) {
            return false;
        }
        for (String part : parts) {
            if (part.isBlank() || part.split(" ").length > 10 || !Character.isUpperCase(part.strip().codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    /** "Location of Gujrat City in Punjab.": the caption of the locator map below the infobox. */
    private static final java.util.regex.Pattern MAP_CAPTION = java.util.regex.Pattern.compile(
            "Location of \\p{Lu}.{0,80} (?:in|within) \\p{Lu}.{0,60}");

    private static boolean endsInfobox(List<TextLine> lines, int i, String title) {
        TextLine line = lines.get(i);
        String text = line.clean();
        if (text.equals(title) || text.contains(" is located in ") || text.startsWith("Location within")
                || MAP_CAPTION.matcher(text).matches() || isNote(text) || isReference(line.raw()) || isFooter(text)) {
            return true;
        }
        boolean afterBlank = i > 0 && lines.get(i - 1).blank();
        return afterBlank && (isProse(text) || isShortProse(text) || isPlainSentence(text)) || isLongProse(text);
    }

    static boolean isNote(String text) {
        return text.length() > 2 && Character.isLowerCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))
                && !text.startsWith("c.");
    }

    static boolean isProse(String text) {
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ' ') {
                words++;
            }
        }
        return words >= 20 && (text.contains(". ") || text.endsWith("."));
    }

    /** A paragraph no infobox cell holds: thirty words or more in sentences. */
    static boolean isLongProse(String text) {
        String[] words = text.split(" ");
        return words.length >= 30 && text.contains(". ") && Words.capitalized(text) && lowerShare(words) >= 0.4;
    }

    /** The share of words that start in lower case: high in sentences, low in runs of names. */
    static double lowerShare(String[] words) {
        int lower = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                lower++;
            }
        }
        return words.length == 0 ? 0 : (double) lower / words.length;
    }

    /** "The Battle of Mere was fought on 3 May 1620.": a whole sentence with a verb no infobox cell holds. */
    static boolean isPlainSentence(String text) {
        return text.split(" ").length >= 6 && Words.capitalized(text) && text.endsWith(".")
                && SENTENCE_VERB.matcher(text).find();
    }

    private static final java.util.regex.Pattern SENTENCE_VERB = java.util.regex.Pattern.compile(
            " (was|were|is|are|fought|took place|began|ended|led|defeated|won|lasted) ");

    /** A short first body paragraph: a dozen words or more that read as sentences. */
    static boolean isShortProse(String text) {
        int words = text.split(" ").length;
        return words >= 12 && Words.capitalized(text) && (text.endsWith(".") || text.contains(". "))
                && !text.endsWith(":");
    }

    static boolean isReference(String raw) {
        String s = raw.strip();
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i > 0 && s.startsWith(". ^", i) || s.startsWith("^ ");
    }

    static boolean isFooter(String text) {
        return text.startsWith("From Wikipedia, the free encyclopedia") || text.startsWith("Developed by ")
                || text.equals("References") || text.equals("Notes");
    }

    private static List<TextLine> readBody(List<TextLine> lines, int from) {
        List<TextLine> body = new ArrayList<>();
        boolean started = false;
        for (int i = from; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.clean();
            if (isReference(line.raw()) || isFooter(text)) {
                break;
            }
            started |= isProse(text) || isShortProse(text);
            if (started && !line.blank()) {
                body.add(line);
            }
        }
        return body;
    }

    /** The lines without blank ones at either end, but for a blank that starts an empty second column. */
    private static List<TextLine> trimBlank(List<TextLine> lines, Set<TextLine> columnBreaks) {
        int a = 0;
        int b = lines.size();
        while (a < b && lines.get(a).blank()) {
            a++;
        }
        while (b > a && lines.get(b - 1).blank() && !columnBreaks.contains(lines.get(b - 1))) {
            b--;
        }
        return new ArrayList<>(lines.subList(a, b));
    }
}
