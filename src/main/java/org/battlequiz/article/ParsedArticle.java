package org.battlequiz.article;

import java.util.List;
import java.util.Map;

/**
 * Everything the parser understood of one battle article. Field conventions follow ../shared/eval/README.md:
 * dates are ISO yyyy-mm-dd, or the year alone (negative for BC); winner is a side index or null.
 * fieldSources maps "title", "partOf", "date", "location", "result" to the line each came from, and "pageName" to a
 * page name above the infobox that adds years to its title ("Battle of Brody (1941)"). warnings name what
 * the parser had to guess (a lost label, a text cut off inside the infobox) for the teacher to check.
 */
public record ParsedArticle(String title, String partOf, String dateStart, String dateEnd, String location,
                            String result, Integer winner, List<Side> sides, List<BodyFact> bodyFacts,
                            Map<String, SourceLine> fieldSources, List<String> warnings) {

    public ParsedArticle {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        sides = List.copyOf(sides);
        bodyFacts = bodyFacts == null ? List.of() : List.copyOf(bodyFacts);
        fieldSources = fieldSources == null ? Map.of() : Map.copyOf(fieldSources);
    }

    public ParsedArticle(String title, String partOf, String dateStart, String dateEnd, String location, String result,
                         Integer winner, List<Side> sides, List<BodyFact> bodyFacts,
                         Map<String, SourceLine> fieldSources) {
        this(title, partOf, dateStart, dateEnd, location, result, winner, sides, bodyFacts, fieldSources, List.of());
    }

    public SourceLine sourceOf(String field) {
        return fieldSources.get(field);
    }
}
