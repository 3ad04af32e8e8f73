package org.battlequiz.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the infobox layouts other readers produce into the export's own layout: a table whose cells are split
 * by "|" (one cell per column), and a "- Key: value" dump of the infobox fields, or an old battle box's glued
 * rows. Where a layout says which column a value is in, the first line of the second column is kept as a known
 * column break.
 */
final class PageFormats {

    /** The lines in the export's layout, and the lines known to start the second column of their section. */
    record Page(List<TextLine> lines, Set<TextLine> columnBreaks) {
    }

    private PageFormats() {
    }

    static Page normalize(List<TextLine> lines) {
        lines = PageChrome.withoutWikiWarnings(lines);
        if (OldBattlebox.detect(lines)) {
            lines = OldBattlebox.relabel(lines);
        }
        if (KeyValueInfobox.detect(lines)) {
            return KeyValueInfobox.rewrite(lines);
        }
        lines = InlineLabels.split(lines);
        int[] region = pipeRegion(lines);
        if (region != null) {
            return rewritePipes(lines, region[0], region[1]);
        }
        return new Page(lines, Set.of());
    }

    /** "{{reflist|group=lower-alpha}}" in an error note after the table: markup's bars are not the table's cells. */
    private static final java.util.regex.Pattern TEMPLATE_OR_LINK = java.util.regex.Pattern.compile(
            "\\{\\{[^{}]*}}|\\[\\[[^\\[\\]]*]]");

    /** The first and last line of a "|"-celled infobox, or null when the text has none. */
    private static int[] pipeRegion(List<TextLine> lines) {
        int first = -1;
        int last = -1;
        int labels = 0;
        int ruled = 0;
        int limit = Math.min(lines.size(), 600);
        for (int i = 0; i < limit; i++) {
            String raw = lines.get(i).raw();
            if (raw.indexOf('|') < 0 || TEMPLATE_OR_LINK.matcher(raw).replaceAll("").indexOf('|') < 0) {
                continue;
            }
            if (raw.contains("|||")) {
                ruled++;
            }
            for (String cell : raw.split("\\|")) {
                if (Section.heading(cell) != null) {
                    labels++;
                }
            }
            if (first < 0) {
                first = i;
            }
            last = i;
        }
        return labels >= 2 || labels == 1 && ruled >= 3 ? new int[]{first, last} : null;
    }

    private record Fragment(TextLine line, String text) {
    }

    /** "![]()": an image the reader left as an empty link; each stood by an entry, so the text between is one. */
    private static final java.util.regex.Pattern IMAGE = java.util.regex.Pattern.compile("!\\[[^\\]|]*]\\([^)|]*\\)");

    private static Page rewritePipes(List<TextLine> lines, int first, int last) {
        List<List<Fragment>> cells = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        List<TextLine> out = new ArrayList<>(lines.subList(0, first));
        for (int i = first; i <= last; i++) {
            TextLine line = lines.get(i);
            String raw = line.raw();
            int start = 0;
            for (int j = 0; j <= raw.length(); j++) {
                if (j == raw.length() || raw.charAt(j) == '|') {
                    for (String text : IMAGE.split(raw.substring(start, j))) {
                        if (!text.isBlank()) {
                            current.add(new Fragment(line, text.strip()));
                        }
                    }
                    if (j < raw.length()) {
                        cells.add(current);
                        current = new ArrayList<>();
                    }
                    start = j + 1;
                }
            }
        }
        List<Fragment> tail = current;
        Set<TextLine> breaks = new HashSet<>();
        Section section = null;
        int column = 0;
        for (List<Fragment> cell : cells) {
            if (cell.isEmpty() || cell.size() == 1 && cell.get(0).text().matches("-+")) {
                continue;
            }
            List<List<Fragment>> parts = splitTrailingLabel(cell);
            for (List<Fragment> part : parts) {
                Section heading = part.size() == 1 ? Section.heading(part.get(0).text()) : null;
                boolean header = part.size() == 1 && ExportLayout.headerLabel(part.get(0).text()) != null
                        && part.get(0).text().length() <= 20;
                if (heading != null || header) {
                    section = heading;
                    column = 0;
                    out.add(synthetic(part.get(0)));
                    continue;
                }
                if (section != null && column >= 2) {
                    continue;
                }
                boolean firstLine = true;
                for (Fragment f : part) {
                    TextLine t = synthetic(f);
                    if (section != null && column == 1 && firstLine) {
                        breaks.add(t);
                    }
                    out.add(t);
                    firstLine = false;
                }
                if (section != null) {
                    column++;
                }
            }
        }
        out.add(TextLine.of(lines.get(last).number(), ""));
        for (Fragment f : tail) {
            out.add(synthetic(f));
        }
        out.addAll(lines.subList(last + 1, lines.size()));
        return new Page(out, breaks);
    }

    /** '"A quotation." Date' -> the quotation and the row label it runs into. */
    private static List<List<Fragment>> splitTrailingLabel(List<Fragment> cell) {
        Fragment lastFragment = cell.get(cell.size() - 1);
        String text = lastFragment.text();
        int space = text.lastIndexOf(' ');
        if (space > 0) {
            String word = text.substring(space + 1);
            if (ExportLayout.headerLabel(word) != null && word.length() <= 8 && Character.isUpperCase(word.charAt(0))
                    && ".\"”)".indexOf(text.charAt(space - 1)) >= 0) {
                List<Fragment> before = new ArrayList<>(cell.subList(0, cell.size() - 1));
                before.add(new Fragment(lastFragment.line(), text.substring(0, space)));
                return List.of(before, List.of(new Fragment(lastFragment.line(), word)));
            }
        }
        return List.of(cell);
    }

    private static TextLine synthetic(Fragment f) {
        return TextLine.of(f.line().number(), f.text());
    }
}
