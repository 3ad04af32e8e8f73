package org.battlequiz.article;

import java.util.Map;

/** The facts of an article in the JSON shape of ../shared/eval/README.md, as ordered maps and lists. */
public final class FactsJson {
    private FactsJson() {
    }

    public static Map<String, Object> toJson(ParsedArticle article) {
        throw new UnsupportedOperationException("FactsJson is being written on the parser branch");
    }
}
