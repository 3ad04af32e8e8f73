package org.battlequiz.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Checks the key facts of every article with a truth file directly: title, dates, winner, sides and names. */
class TruthFactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ArticleParser parser = new ArticleParser();

    @TestFactory
    Stream<DynamicTest> keyFactsMatchTheTruthFiles() {
        List<Path> articles = new ArrayList<>(ArticleCorpus.articles(ArticleCorpus.SHARED));
        articles.addAll(ArticleCorpus.articles(ArticleCorpus.OWN));
        articles.addAll(ArticleCorpus.articles(ArticleCorpus.WIKITEXT));
        return articles.stream().filter(a -> Files.exists(ArticleCorpus.truth(a)))
                .map(a -> DynamicTest.dynamicTest(a.getFileName().toString(), () -> check(a)));
    }

    private void check(Path article) throws IOException {
        JsonNode truth = JSON.readTree(ArticleCorpus.truth(article).toFile());
        ParsedArticle parsed = parser.parse(ArticleCorpus.read(article));
        assertEquals(truth.path("title").asText(), parsed.title());
        assertEquals(textOrNull(truth.path("dateStart")), parsed.dateStart());
        assertEquals(textOrNull(truth.path("dateEnd")), parsed.dateEnd());
        assertEquals(truth.path("winner").isNull() ? null : truth.path("winner").asInt(), parsed.winner());
        assertEquals(truth.path("sides").size(), parsed.sides().size());
        for (int i = 0; i < parsed.sides().size(); i++) {
            JsonNode ts = truth.path("sides").get(i);
            Side side = parsed.sides().get(i);
            assertEquals(ts.path("belligerents").size(), side.belligerents().size(), "belligerents of side " + i);
            for (JsonNode c : ts.path("commanders")) {
                assertTrue(side.commanders().stream().anyMatch(pc -> sameName(c.path("name").asText(), pc.name())),
                        c.path("name").asText() + " on side " + i);
            }
            JsonNode killed = ts.path("casualties").path("killed");
            if (!killed.isNull() && !killed.isMissingNode()) {
                assertNotNull(side.casualties().killed(), "killed on side " + i);
                assertTrue(accepted(ts.path("casualties"), "killed", side.casualties().killed()), "killed on side " + i);
            }
            JsonNode min = ts.path("strength").path("min");
            if (!min.isNull() && !min.isMissingNode()) {
                assertTrue(accepted(ts.path("strength"), "min", side.strength().min()), "strength min on side " + i);
            }
        }
        for (Side side : parsed.sides()) {
            side.commanders().forEach(c -> assertTrue(c.source().lineNumber() > 0 && !c.source().text().isEmpty()));
            side.belligerents().forEach(b -> assertTrue(b.source().text().contains(firstWord(b.name())),
                    b.name() + " cites " + b.source()));
        }
    }

    private static String firstWord(String name) {
        return name.split(" ")[0];
    }

    private static String textOrNull(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? null : n.asText();
    }

    private static boolean accepted(JsonNode truth, String key, Long value) {
        if (value == null) {
            return false;
        }
        JsonNode accept = truth.path(key + "Accept");
        if (accept.isArray() && accept.size() > 0) {
            for (JsonNode a : accept) {
                if (!a.isNull() && a.asLong() == value) {
                    return true;
                }
            }
            return false;
        }
        return truth.path(key).asLong() == value;
    }

    private static boolean sameName(String a, String b) {
        List<String> ta = Words.tokens(a);
        List<String> tb = new ArrayList<>(Words.tokens(b));
        int common = 0;
        for (String t : ta) {
            if (tb.remove(t)) {
                common++;
            }
        }
        return common > 0 && 2.0 * common / (ta.size() + Words.tokens(b).size()) >= 0.7;
    }
}
