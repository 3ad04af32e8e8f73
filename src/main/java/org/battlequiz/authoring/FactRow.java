package org.battlequiz.authoring;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.SourceLine;

/** A dated or numeric statement the parser read from the article's body, beside its line (0 when it has none). */
public record FactRow(String label, String value, int lineNumber, String line) {

    public static List<FactRow> body(ParsedArticle article) {
        List<FactRow> rows = new ArrayList<>();
        for (BodyFact fact : article.bodyFacts()) {
            SourceLine source = fact.source();
            if (fact.value() != null && !fact.value().isBlank()) {
                rows.add(new FactRow(fact.kind() == BodyFact.BodyFactKind.DATE ? "Dated statement" : "Figure",
                        fact.value(), source == null ? 0 : source.lineNumber(), source == null ? null : source.text()));
            }
        }
        return rows;
    }
}
