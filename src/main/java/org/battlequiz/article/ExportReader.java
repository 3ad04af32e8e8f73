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
        ExportLayout layout = ExportLayout.of(PageFormats.normalize(lines));
        Map<String, SourceLine> sources = new HashMap<>();
        String title = layout.title().clean();
        sources.put("title", layout.title().whole().source());
        pageName(lines, layout.title()).ifPresent(name -> sources.put("pageName", name.whole().source()));
        String partOf = HeaderValues.partOf(partOfPieces(layout.header().get("Part of")), sources);
        DateParser.Range dates = HeaderValues.dates(pieces(layout.header().get("Date")), sources);
        String location = HeaderValues.location(pieces(layout.header().get("Location")), sources);
        String result = HeaderValues.result(pieces(layout.header().get("Result")), sources);
        SeamContext context = new SeamContext(BodyText.of(layout.body()));
        List<String> warnings = new ArrayList<>(layout.warnings());
        if (dates == null && !layout.header().containsKey("Date")) {
            LeadFacts.Dated lead = LeadFacts.dates(layout.body());
            if (lead != null) {
                dates = lead.range();
                sources.put("date", lead.line().whole().source());
                warnings.add("The infobox has no Date row; the dates were read from the article's first sentences.");
            }
        }
        context.useFlags(FlagPrefixes.of(layout));
        context.useResult(result);
        context.useStart(dates == null ? null : dates.start());
        List<Side> sides = new SideReader(layout, context).read();
        Integer winner = WinnerReader.winner(result != null ? result : LeadFacts.victoryClause(context.sentences()),
                sides, context.sentences());
        return new ParsedArticle(title, partOf, dates == null ? null : dates.start(), dates == null ? null : dates.end(),
                location, result, winner, sides, BodyFactExtractor.extract(layout.body(), dates == null ? null : dates.start()), sources,
                warnings);
    }

    private static List<Piece> pieces(HeaderField field) {
        return field == null ? List.of() : field.pieces();
    }

    /**
     * "Part of" keeps to its own line unless it stops at its article; a Conflict row (older infoboxes) may go on over
     * the next lines.
     */
    private static List<Piece> partOfPieces(HeaderField field) {
        if (field != null && field.labelLine().tagged().regionMatches(true, 0, "Conflict", 0, 8)) {
            return field.pieces();
        }
        return field != null && !field.continuation().isEmpty() ? field.pieces() : inline(field);
    }

    private static List<Piece> inline(HeaderField field) {
        return field == null ? List.of() : List.of(new Piece(field.labelLine(), field.inlineValue()));
    }

    /**
     * "Battle of Brody (1941)" above the infobox's "Battle of Brody": the page's own name, with the years that tell the
     * battle from others of its name.
     */
    private static java.util.Optional<TextLine> pageName(List<TextLine> lines, TextLine title) {
        java.util.regex.Pattern named = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(title.clean())
                + "\\s*\\((?:c\\.\\s*)?\\d{1,4}(?:\\s*[–-]\\s*\\d{1,4})?(?:\\s*(?:BC|BCE|AD|CE))?\\)\\s*");
        return lines.stream().filter(l -> l.number() < title.number() && named.matcher(l.clean()).matches()).findFirst();
    }
}
