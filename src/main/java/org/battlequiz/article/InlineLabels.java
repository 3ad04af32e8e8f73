package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks an infobox that a reader flattened onto one line ("Date 15–20 August 636 Location Near the river Result
 * ... Belligerents ... Commanders and leaders ...") back into one line per row, at its row labels.
 */
final class InlineLabels {
    private static final List<String> LABELS = List.of("Part of ", "Date ", "Location ", "Result ",
            "Territorial changes ", "Belligerents ", "Commanders and leaders ", "Units involved ", "Strength ",
            "Casualties and losses ");
    private static final int MIN_LABELS = 4;

    private InlineLabels() {
    }

    static List<TextLine> split(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            List<Integer> cuts = cuts(line.raw());
            if (cuts.size() < MIN_LABELS || !line.raw().contains(" Belligerents ")
                    || !line.raw().contains(" Commanders and leaders ")) {
                if (out != null) {
                    out.add(line);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines.subList(0, i));
            }
            int from = 0;
            for (int cut : cuts) {
                addPiece(out, line, line.raw().substring(from, cut));
                from = cut;
            }
            addPiece(out, line, line.raw().substring(from));
        }
        return out == null ? lines : out;
    }

    private static void addPiece(List<TextLine> out, TextLine line, String piece) {
        String p = piece.strip();
        for (String label : LABELS) {
            String bare = label.strip();
            if (p.startsWith(label) && Section.heading(bare) != null) {
                out.add(TextLine.of(line.number(), bare));
                p = p.substring(label.length()).strip();
                break;
            }
        }
        if (!p.isEmpty()) {
            out.add(TextLine.of(line.number(), p));
        }
    }

    /** Where each row label starts, in order; a label counts once, at its first place after a space. */
    private static List<Integer> cuts(String raw) {
        List<Integer> out = new ArrayList<>();
        if (raw.length() < 80) {
            return out;
        }
        for (String label : LABELS) {
            int at = raw.indexOf(" " + label);
            if (at >= 0) {
                out.add(at + 1);
            }
        }
        out.sort(Integer::compare);
        return out;
    }
}
