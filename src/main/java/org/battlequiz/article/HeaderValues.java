package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The one-column facts (part of, dates, location, result), read from the pieces of their rows. */
final class HeaderValues {
    private HeaderValues() {
    }

    static String partOf(List<Piece> pieces, Map<String, SourceLine> sources) {
        List<String> parts = new ArrayList<>();
        for (Piece p : pieces) {
            String v = p.clean();
            if (!v.isEmpty()) {
                if (parts.isEmpty()) {
                    sources.put("partOf", p.source());
                }
                parts.add(v);
            }
        }
        String v = String.join(" ", parts).strip();
        if (v.regionMatches(true, 0, "Part of ", 0, 8)) {
            v = v.substring(8).strip();
        }
        if (v.regionMatches(true, 0, "the ", 0, 4)) {
            v = v.substring(4);
        }
        return v.isEmpty() ? null : v;
    }

    static DateParser.Range dates(List<Piece> pieces, Map<String, SourceLine> sources) {
        for (Piece p : pieces) {
            DateParser.Range r = DateParser.parse(p.text());
            if (r != null) {
                sources.put("date", p.source());
                return r;
            }
        }
        return null;
    }

    static String location(List<Piece> pieces, Map<String, SourceLine> sources) {
        for (Piece p : pieces) {
            String v = withoutCoordinates(p.clean());
            if (!v.isEmpty()) {
                sources.put("location", p.source());
                return v;
            }
        }
        return null;
    }

    static String withoutCoordinates(String raw) {
        String text = raw.startsWith("Coordinates") ? "" : raw;
        int cut = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '°' || c == '′' || c == '″') {
                int j = i;
                while (j > 0 && (Character.isDigit(text.charAt(j - 1)) || text.charAt(j - 1) == '.')) {
                    j--;
                }
                cut = j;
                break;
            }
        }
        String v = text.substring(0, cut).strip();
        while (v.endsWith(",") || v.endsWith("/") || v.endsWith(";")) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v.matches("[\\d.,\\s°′″NSEW/;-]*") ? "" : v;
    }

    /** "aAllied operational failure": a note's letter a reader glued to the result. */
    private static final java.util.regex.Pattern GLUED_NOTE_LETTER = java.util.regex.Pattern.compile("^\\p{Ll}(?=\\p{Lu}\\p{Ll})");

    static String result(List<Piece> pieces, Map<String, SourceLine> sources) {
        List<String> parts = new ArrayList<>();
        for (Piece p : pieces) {
            String v = GLUED_NOTE_LETTER.matcher(NameCleaner.trimMarks(p.clean())).replaceFirst("");
            if (!v.isEmpty()) {
                if (parts.isEmpty()) {
                    sources.put("result", p.source());
                }
                parts.add(v);
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
