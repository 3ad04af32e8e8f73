package org.battlequiz.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a ParsedArticle from the rendered infobox parameters, whose columns are explicit (combatant1, ...). */
final class WikitextFacts {
    private WikitextFacts() {
    }

    static ParsedArticle build(Map<String, List<TextLine>> params, List<TextLine> body) {
        Map<String, SourceLine> sources = new HashMap<>();
        List<Piece> titlePieces = pieces(params, "conflict");
        if (titlePieces.isEmpty()) {
            titlePieces = pieces(params, "name");
        }
        if (titlePieces.isEmpty()) {
            throw new NotABattleArticleException("Expected the infobox to name the battle in its 'conflict' parameter");
        }
        String title = titlePieces.get(0).clean();
        sources.put("title", titlePieces.get(0).source());
        String partOf = HeaderValues.partOf(pieces(params, "partof"), sources);
        DateParser.Range dates = HeaderValues.dates(pieces(params, "date"), sources);
        List<Piece> place = pieces(params, "place");
        String location = HeaderValues.location(place.isEmpty() ? pieces(params, "location") : place, sources);
        String result = HeaderValues.result(pieces(params, "result"), sources);
        SeamContext context = new SeamContext(BodyText.of(body));
        int n = Math.max(2, sideCount(params));
        List<List<String>> names = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            names.add(SideReader.names(column(params, "combatant", i)));
        }
        context.knowSides(names);
        List<Side> sides = sides(params, n, context);
        Integer winner = WinnerReader.winner(result, sides, context.sentences());
        return new ParsedArticle(title, partOf, dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                location, result, winner, sides, BodyFactExtractor.extract(body, dates == null ? null : dates.start()), sources);
    }

    private static List<Side> sides(Map<String, List<TextLine>> params, int n, SeamContext context) {
        List<List<CommanderReader.Entry>> commanders = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            commanders.add(CommanderReader.read(column(params, "commander", i), 1.0));
        }
        List<List<Commander>> placed = n == 2 ? CommanderPlacement.place(commanders, context)
                : commanders.stream().map(c -> c.stream().map(CommanderReader.Entry::commander).toList()).toList();
        List<Side> sides = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            sides.add(new Side(SideReader.entries(column(params, "combatant", i), 1.0), placed.get(i - 1),
                    SideReader.entries(column(params, "units", i), 1.0),
                    StrengthReader.read(column(params, "strength", i), 1.0),
                    CasualtyReader.read(column(params, "casualties", i), 1.0)));
        }
        return sides;
    }

    private static int sideCount(Map<String, List<TextLine>> params) {
        int n = 0;
        for (String key : params.keySet()) {
            if (key.startsWith("combatant") && key.length() > 9 && Character.isDigit(key.charAt(9))
                    && !params.get(key).isEmpty()) {
                n = Math.max(n, key.charAt(9) - '0');
            }
        }
        return n;
    }

    /** combatant1 followed by combatant1a, combatant1b, ... */
    private static List<Piece> column(Map<String, List<TextLine>> params, String prefix, int side) {
        List<Piece> out = new ArrayList<>(pieces(params, prefix + side));
        for (char c = 'a'; c <= 'e'; c++) {
            out.addAll(pieces(params, prefix + side + c));
        }
        return out;
    }

    private static List<Piece> pieces(Map<String, List<TextLine>> params, String key) {
        List<Piece> out = new ArrayList<>();
        for (TextLine l : params.getOrDefault(key, List.of())) {
            if (out.size() == InputGuard.MAX_CELL_LINES) {
                break;
            }
            out.add(l.whole());
        }
        return out;
    }
}
