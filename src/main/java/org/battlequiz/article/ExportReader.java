package org.battlequiz.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the plain-text export (infobox flattened into lines, then the body) into a ParsedArticle. */
final class ExportReader {
    private ExportReader() {
    }

    static ParsedArticle read(List<TextLine> lines) {
        ExportLayout layout = ExportLayout.of(lines);
        Map<String, SourceLine> sources = new HashMap<>();
        String title = layout.title().clean();
        sources.put("title", layout.title().whole().source());
        String partOf = partOf(layout.header().get("Part of"), sources);
        DateParser.Range dates = dates(layout.header().get("Date"), sources);
        String location = location(layout.header().get("Location"), sources);
        String result = result(layout.header().get("Result"), sources);
        StringBuilder bodyText = new StringBuilder();
        for (TextLine l : layout.body()) {
            bodyText.append(l.clean()).append(' ');
        }
        SeamContext context = new SeamContext(bodyText.toString());
        List<Side> sides = new SideReader(layout, context).read();
        Integer winner = WinnerReader.winner(result, sides);
        List<BodyFact> bodyFacts = BodyFactExtractor.extract(layout.body());
        return new ParsedArticle(title, partOf, dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                location, result, winner, sides, bodyFacts, sources);
    }

    private static String partOf(HeaderField field, Map<String, SourceLine> sources) {
        if (field == null) {
            return null;
        }
        String v = LineCleaner.strip(field.inlineValue());
        if (v.regionMatches(true, 0, "the ", 0, 4)) {
            v = v.substring(4);
        }
        sources.put("partOf", new Piece(field.labelLine(), field.inlineValue()).source());
        return v.isEmpty() ? null : v;
    }

    private static DateParser.Range dates(HeaderField field, Map<String, SourceLine> sources) {
        if (field == null) {
            return null;
        }
        for (Piece p : field.pieces()) {
            DateParser.Range r = DateParser.parse(p.text());
            if (r != null) {
                sources.put("date", p.source());
                return r;
            }
        }
        return null;
    }

    private static String location(HeaderField field, Map<String, SourceLine> sources) {
        if (field == null) {
            return null;
        }
        for (Piece p : field.pieces()) {
            String v = withoutCoordinates(p.clean());
            if (!v.isEmpty()) {
                sources.put("location", p.source());
                return v;
            }
        }
        return null;
    }

    static String withoutCoordinates(String text) {
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

    private static String result(HeaderField field, Map<String, SourceLine> sources) {
        if (field == null) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (Piece p : field.pieces()) {
            String v = NameCleaner.clean(p.clean());
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
