package org.battlequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;

/** One fact the parser read, beside the line of the article it came from (line 0 when it has none). */
public record FactRow(String group, String label, String value, int lineNumber, String line) {

    public static List<FactRow> of(ParsedArticle article) {
        List<FactRow> rows = new ArrayList<>();
        add(rows, "Battle", "Title", article.title(), article.sourceOf("title"));
        add(rows, "Battle", "Part of", article.partOf(), article.sourceOf("partOf"));
        add(rows, "Battle", "Date", dates(article), article.sourceOf("date"));
        add(rows, "Battle", "Location", article.location(), article.sourceOf("location"));
        add(rows, "Battle", "Result", article.result(), article.sourceOf("result"));
        for (int i = 0; i < article.sides().size(); i++) {
            Side side = article.sides().get(i);
            String group = "Side " + (i + 1) + (article.winner() != null && article.winner() == i ? " (winner)" : "");
            for (NamedEntry belligerent : side.belligerents()) {
                add(rows, group, "Belligerent", belligerent.name(), belligerent.source());
            }
            for (Commander commander : side.commanders()) {
                String name = commander.note() == null ? commander.name()
                        : commander.name() + " (" + commander.note() + ")";
                add(rows, group, "Commander", name, commander.source());
            }
            if (side.strength() != null) {
                add(rows, group, "Strength", side.strength().text(), first(side.strength().sources()));
            }
            if (side.casualties() != null) {
                add(rows, group, "Casualties", side.casualties().text(), first(side.casualties().sources()));
            }
        }
        for (BodyFact fact : article.bodyFacts()) {
            add(rows, "Body", fact.kind() == BodyFact.BodyFactKind.DATE ? "Dated statement" : "Figure",
                    fact.value(), fact.source());
        }
        return rows;
    }

    private static String dates(ParsedArticle article) {
        if (article.dateStart() == null) {
            return null;
        }
        return article.dateEnd() == null || article.dateEnd().equals(article.dateStart()) ? article.dateStart()
                : article.dateStart() + " to " + article.dateEnd();
    }

    private static SourceLine first(List<SourceLine> sources) {
        return sources.isEmpty() ? null : sources.get(0);
    }

    private static void add(List<FactRow> rows, String group, String label, String value, SourceLine source) {
        if (value == null || value.isBlank()) {
            return;
        }
        rows.add(new FactRow(group, label, value, source == null ? 0 : source.lineNumber(),
                source == null ? null : source.text()));
    }
}
