package org.battlequiz.article;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

/**
 * Only NotABattleArticleException may escape the parser. Replays the seed corpus (the shared articles and the
 * wikitext samples, in ParserFuzzTestInputs) in the normal suite; fuzzes for real with JAZZER_FUZZ=1.
 */
class ParserFuzzTest {
    private final ArticleParser parser = new ArticleParser();

    @FuzzTest(maxDuration = "10m")
    void parserThrowsOnlyItsOwnException(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        try {
            ParsedArticle article = parser.parse(text);
            FactsJson.toJson(article);
        } catch (NotABattleArticleException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("a rejection must say what was expected", expected);
            }
        }
    }
}
