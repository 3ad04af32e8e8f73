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
    private static final int TITLE_LOOKBACK = 10;
    private static final int MIN_TITLE = 8;

    private InlineLabels() {
    }

    static List<TextLine> split(List<TextLine> lines) {
        List<TextLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            List<Integer> cuts = cuts(line.raw());
            if (cuts.size() < MIN_LABELS || !line.raw().contains("Belligerents")
                    || !line.raw().contains("Commanders and leaders")) {
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
                String piece = line.raw().substring(from, cut);
                if (from == 0) {
                    String title = titleAtEnd(piece, lines.subList(Math.max(0, i - TITLE_LOOKBACK), i));
                    addPiece(out, line, piece.substring(0, piece.length() - title.length()));
                    piece = title;
                }
                addPiece(out, line, piece);
                from = cut;
            }
            addPiece(out, line, line.raw().substring(from));
        }
        return out == null ? lines : out;
    }

    /**
     * "Punic Wars BannerBattle of the Metaurus": the page's title, printed on a line of its own above the box, ends
     * the text before the box's first label; it goes on a line of its own so that it stays the title.
     */
    private static String titleAtEnd(String piece, List<TextLine> above) {
        String text = piece.strip();
        for (TextLine l : above) {
            String title = l.raw().strip();
            if (title.length() >= MIN_TITLE && text.length() > title.length() && text.endsWith(title)) {
                return piece.substring(piece.lastIndexOf(title));
            }
        }
        return "";
    }

    private static void addPiece(List<TextLine> out, TextLine line, String piece) {
        String p = piece.strip();
        for (String label : LABELS) {
            String bare = label.strip();
            if (p.startsWith(bare) && Section.heading(bare) != null) {
                out.add(TextLine.of(line.number(), bare));
                p = p.substring(bare.length()).strip();
                break;
            }
        }
        if (!p.isEmpty()) {
            out.add(TextLine.of(line.number(), p));
        }
    }

    /** "ResultDecisive Roman victoryBelligerents": a label glued to both neighbours, its value opening on a capital. */
    private static java.util.regex.Pattern gluedLabel(String label) {
        return java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(label) + "(?= ?(?:the )?[\\p{Lu}\\d~(\\[\u2248<>]| ?c\\.)");
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
            } else {
                java.util.regex.Matcher glued = gluedLabel(label.strip()).matcher(raw);
                if (glued.find()) {
                    out.add(glued.start());
                }
            }
        }
        out.sort(Integer::compare);
        return out;
    }
}
