package org.battlequiz.generation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.Casualties;
import org.battlequiz.article.CasualtyClaim;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;
import org.battlequiz.article.Strength;
import org.battlequiz.generation.item.QuestionContent;

/** Hand-built parsed articles (with the text they were read from) for unit tests that must not depend on the parser. */
final class Fixtures {
    static final String FIELD_TEXT = String.join("\n",
            "Battle of Oakfield",
            "Part of the Wars of the Roses",
            "Date12 May 1461",
            "LocationOakfield, Kent",
            "Result Decisive Yorkist victory[1]",
            "House of York House of Lancaster",
            "Edward of March Henry Beaufort †",
            "Richard Neville",
            "About 8,000[2] Between 10,000 and 12,000",
            "At least 300 dead[2] 2,000-3,000 (mostly killed) and 400 prisoners[3]",
            "The battle was fought on 12 May 1461 in a snowstorm near Oakfield during the Wars of the Roses.[2]"
                    + " Edward of March led a Yorkist army of 8,000 men, and Henry Beaufort was killed in the rout.[3]"
                    + " In March 1460 the Lancastrians had taken Kent, and by June 1462 Edward had been crowned.[4]");

    private Fixtures() {
    }

    static SourceLine line(String text, int n, String... refs) {
        return new SourceLine(n, text, List.of(refs));
    }

    /** A two-sided, one-day battle with a decisive winner, rounded and ranged strengths, and dated body sentences. */
    static ParsedArticle oakfield() {
        return oakfield("Edward of March Henry Beaufort †");
    }

    /** Oakfield with the commanders' line as given, e.g. the fate in words ("Henry Beaufort (KIA)"). */
    static ParsedArticle oakfield(String commandersLine) {
        SourceLine names = line("House of York House of Lancaster", 6);
        SourceLine leaders = line(commandersLine, 7);
        SourceLine strength = line("About 8,000[2] Between 10,000 and 12,000", 9, "2");
        SourceLine losses = line("At least 300 dead[2] 2,000-3,000 (mostly killed) and 400 prisoners[3]", 10, "2", "3");
        String body = FIELD_TEXT.substring(FIELD_TEXT.indexOf("The battle was fought"));
        String s1 = body.substring(0, body.indexOf("[2]") + 3);
        String s2 = body.substring(body.indexOf("Edward of March led"), body.indexOf("[3]") + 3);
        String s3 = body.substring(body.indexOf("In March"));
        Side york = new Side(List.of(new NamedEntry("House of York", names, 0.9)),
                List.of(new Commander("Edward of March", null, leaders, 0.9),
                        new Commander("Richard Neville", null, line("Richard Neville", 8), 0.9)),
                List.of(), new Strength(8000L, 8000L, "About 8,000", List.of(strength), 0.9),
                new Casualties(300L, null, null, "At least 300 dead", List.of(), List.of(losses), 0.9));
        Side lancaster = new Side(List.of(new NamedEntry("House of Lancaster", names, 0.9)),
                List.of(new Commander("Henry Beaufort", "KIA", leaders, 0.9)), List.of(),
                new Strength(10000L, 12000L, "Between 10,000 and 12,000", List.of(strength), 0.9),
                new Casualties(2000L, null, 400L, "2,000-3,000 (mostly killed) and 400 prisoners", List.of(),
                        List.of(losses), 0.9));
        Map<String, SourceLine> fields = new LinkedHashMap<>();
        fields.put("title", line("Battle of Oakfield", 1));
        fields.put("partOf", line("Part of the Wars of the Roses", 2));
        fields.put("date", line("Date12 May 1461", 3));
        fields.put("location", line("LocationOakfield, Kent", 4));
        fields.put("result", line("Result Decisive Yorkist victory[1]", 5, "1"));
        return new ParsedArticle("Battle of Oakfield", "Wars of the Roses", "1461-05-12", "1461-05-12",
                "Oakfield, Kent", "Decisive Yorkist victory", 0, List.of(york, lancaster),
                List.of(new BodyFact(BodyFact.BodyFactKind.DATE, "1461-05-12", s1, line(s1, 11, "2")),
                        new BodyFact(BodyFact.BodyFactKind.NUMBER, "8,000", s2, line(s2, 11, "3")),
                        new BodyFact(BodyFact.BodyFactKind.DATE, "1460-03", s3, line(s3, 11, "4")),
                        new BodyFact(BodyFact.BodyFactKind.DATE, "1462-06", s3, line(s3, 11, "4"))),
                fields);
    }

    /** The drafts of one strategy for the article, as items. */
    static List<QuestionContent> items(ItemStrategy strategy, ParsedArticle article) {
        return strategy.drafts(new Battle(article, List.of()), new java.util.Random(3)).stream().map(Draft::content).toList();
    }

    /** Oakfield with another result text (the winner stays the House of York). */
    static ParsedArticle withResult(String result) {
        ParsedArticle a = Fixtures.oakfield();
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), result, 0,
                a.sides(), a.bodyFacts(), a.fieldSources());
    }

    /** Oakfield with the House of York's strength and casualty texts replaced (the strength's figures unread). */
    static ParsedArticle withYork(String strengthText, String casualtyText) {
        ParsedArticle a = Fixtures.oakfield();
        Side york = a.sides().get(0);
        Strength s = york.strength();
        Casualties c = york.casualties();
        Side changed = new Side(york.belligerents(), york.commanders(), york.units(),
                new Strength(null, null, strengthText, s.sources(), s.confidence()),
                new Casualties(null, null, null, casualtyText, List.of(), c.sources(), c.confidence()));
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), a.result(),
                a.winner(), List.of(changed, a.sides().get(1)), a.bodyFacts(), a.fieldSources());
    }

    static final String SPARSE_TEXT = String.join("\n", "Battle of Brookmere", "Part of the Border Wars", "Date1312",
            "LocationBrookmere", "Result Northern victory", "Northern League Southern Crown", "Aldric Vane Osric Hale");

    /** Only the bare infobox: year, result, one belligerent and one commander a side, nothing else. */
    static ParsedArticle sparse() {
        SourceLine names = line("Northern League Southern Crown", 6);
        SourceLine leaders = line("Aldric Vane Osric Hale", 7);
        Side north = new Side(List.of(new NamedEntry("Northern League", names, 0.9)),
                List.of(new Commander("Aldric Vane", null, leaders, 0.9)), List.of(), null, null);
        Side south = new Side(List.of(new NamedEntry("Southern Crown", names, 0.9)),
                List.of(new Commander("Osric Hale", null, leaders, 0.9)), List.of(), null, null);
        Map<String, SourceLine> fields = new LinkedHashMap<>();
        fields.put("partOf", line("Part of the Border Wars", 2));
        fields.put("date", line("Date1312", 3));
        fields.put("location", line("LocationBrookmere", 4));
        fields.put("result", line("Result Northern victory", 5));
        return new ParsedArticle("Battle of Brookmere", "Border Wars", "1312", "1312", "Brookmere", "Northern victory", 0,
                List.of(north, south), List.of(), fields);
    }

    /** A battle whose losses are claimed differently by two parties. */
    static ParsedArticle contested() {
        ParsedArticle base = oakfield();
        SourceLine gov = line("1,200 killed (government claim)", 10);
        SourceLine opp = line("400 killed (opposition claim)", 10);
        Casualties claims = new Casualties(400L, null, null, "400 killed (opposition claim); 1,200 killed (government claim)",
                List.of(new CasualtyClaim("opposition claim", 400L, null, null, "400 killed", opp),
                        new CasualtyClaim("government claim", 1200L, null, null, "1,200 killed", gov)),
                List.of(gov, opp), 0.9);
        Side lancaster = base.sides().get(1);
        Side changed = new Side(lancaster.belligerents(), lancaster.commanders(), lancaster.units(),
                lancaster.strength(), claims);
        return new ParsedArticle(base.title(), base.partOf(), base.dateStart(), base.dateEnd(), base.location(),
                base.result(), base.winner(), List.of(base.sides().get(0), changed), base.bodyFacts(),
                base.fieldSources());
    }
}
