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
        v = v.replaceFirst("^:\\s*", "");
        if (v.regionMatches(true, 0, "the ", 0, 4)) {
            v = v.substring(4);
        }
        return v.isEmpty() ? null : v;
    }

    static DateParser.Range dates(List<Piece> pieces, Map<String, SourceLine> sources) {
        for (Piece p : pieces) {
            DateParser.Range r = NEW_STYLE.matcher(p.text()).find() ? DateParser.parse(p.text()) : null;
            if (r != null) {
                sources.put("date", p.source());
                return r;
            }
        }
        for (int i = 0; i < pieces.size(); i++) {
            DateParser.Range r = DateParser.parse(pieces.get(i).text());
            if (r != null) {
                List<Piece> stages = new ArrayList<>(List.of(pieces.get(i)));
                DateParser.Range whole = r;
                for (int j = i + 1; j < pieces.size() && whole != null; j++) {
                    DateParser.Range next = DateParser.parse(pieces.get(j).text());
                    if (next == null || !isDay(whole.end()) || !isDay(next.start())
                            || CALENDAR.matcher(pieces.get(j).text() + " " + pieces.get(i).text()).find()
                            || next.start().compareTo(whole.end()) <= 0) {
                        break;
                    }
                    whole = new DateParser.Range(r.start(), next.end());
                    stages.add(pieces.get(j));
                }
                sources.put("date", stages.size() == 1 ? pieces.get(i).source() : stagesSource(stages));
                return whole;
            }
        }
        return null;
    }

    /** "July 17–19, 1877 (1st stage)" over "January 5–9, 1878 (4th stage)": stages of one battle, cited together. */
    private static SourceLine stagesSource(List<Piece> stages) {
        List<String> refs = new ArrayList<>();
        stages.forEach(p -> refs.addAll(p.source().refs()));
        return new SourceLine(stages.get(0).line().number(),
                String.join("; ", stages.stream().map(p -> p.text().strip()).toList()), refs);
    }

    /** "13 February 1706 (N.S.)" under the same day by the Old Style and Swedish calendars: the date as read today. */
    private static final java.util.regex.Pattern NEW_STYLE = java.util.regex.Pattern.compile(
            "(?i)(?:\\bN\\.\\s?S\\.|\\bnew style\\b|\\bgregorian\\b)");

    /** "27 June 1709 (O.S.)" over "8 July 1709 (N.S.)": one day in two calendars, not two stages. */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "(?i)\\b(?:[ON]\\.\\s?S\\.|old style|new style|julian|gregorian)");

    private static boolean isDay(String iso) {
        return iso != null && iso.matches("\\d{4}-\\d{2}-\\d{2}");
    }

    static String location(List<Piece> pieces, Map<String, SourceLine> sources) {
        for (int i = 0; i < pieces.size(); i++) {
            String v = withoutCoordinates(pieces.get(i).clean());
            if (!v.isEmpty()) {
                sources.put("location", pieces.get(i).source());
                String next = i + 1 < pieces.size() ? withoutCoordinates(pieces.get(i + 1).clean()) : "";
                return PLACE_GOES_ON.matcher(next).matches() ? v + ", " + next : v;
            }
        }
        return null;
    }

    /** "Ilovaisk" over "Donetsk Oblast, Ukraine": a line of capitalised place names goes on with the place above it. */
    private static final java.util.regex.Pattern PLACE_GOES_ON = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]*(?:,? (?:(?:of|de|del|la|le|am|an|upon|on|the) )?\\p{Lu}[\\p{L}'’.-]*){0,5}");

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
