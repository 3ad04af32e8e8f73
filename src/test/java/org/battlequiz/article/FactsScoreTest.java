package org.battlequiz.article;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Parses every shared and own article, writes target/facts-pred and scores it with the shared scorer. */
class FactsScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ArticleParser parser = new ArticleParser();

    @Test
    void sharedArticlesReachTheFactsTarget() throws Exception {
        present(Files.isDirectory(ArticleCorpus.SHARED), "../shared/articles is absent");
        Path out = predict(ArticleCorpus.SHARED, "shared");
        assertTrue(score(ArticleCorpus.SHARED.resolve("truth"), out) >= 0.99);
    }

    /** Real pages from public mirrors with truth written by a reader who never saw the parser's output. */
    @Test
    void realMirrorPagesReachTheFactsTarget() throws Exception {
        Path real = Path.of("../shared/real/articles");
        present(Files.isDirectory(real), "../shared/real is absent");
        Path out = predict(real, "real");
        assertTrue(score(real.resolveSibling("truth"), out) >= 0.895);
    }

    @Test
    void ownArticlesReachTheFactsTarget() throws Exception {
        Path out = predict(ArticleCorpus.OWN, "own");
        assertTrue(score(ArticleCorpus.OWN.resolve("truth"), out) >= 0.99);
    }

    @Test
    void wikitextArticlesGiveTheSameFacts() throws Exception {
        Path dir = Path.of("src/test/resources/wikitext");
        Path out = predict(dir, "wikitext");
        assertTrue(score(dir.resolve("truth"), out) >= 0.99);
    }

    /** Skips a check whose material is missing on a developer's machine; under CI the material must be there. */
    private static void present(boolean condition, String what) {
        if (System.getenv("CI") != null) {
            assertTrue(condition, what);
        }
        assumeTrue(condition, what);
    }

    private Path predict(Path dir, String name) throws IOException {
        Path out = Path.of("target/facts-pred", name);
        Files.createDirectories(out);
        List<Path> articles = ArticleCorpus.articles(dir);
        assumeTrue(!articles.isEmpty(), "no articles in " + dir);
        for (Path article : articles) {
            ParsedArticle parsed;
            try {
                parsed = parser.parse(ArticleCorpus.read(article));
            } catch (NotABattleArticleException refused) {
                System.out.println("refused " + article.getFileName() + ": " + refused.getMessage());
                continue;
            }
            Files.writeString(out.resolve(ArticleCorpus.baseName(article) + ".json"),
                    JSON.writeValueAsString(FactsJson.toJson(parsed)), StandardCharsets.UTF_8);
        }
        return out;
    }

    private static double score(Path truth, Path predictions) throws Exception {
        Path scorer = Path.of("../shared/eval/score_facts.py");
        present(Files.exists(scorer), "the shared scorer is absent");
        Process p;
        try {
            p = new ProcessBuilder("python3", scorer.toString(), truth.toString(), predictions.toString(), "--verbose")
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            present(false, "python3 is not available");
            return 0;
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        present(p.waitFor(60, TimeUnit.SECONDS), "scorer timed out");
        System.out.println(output);
        String last = output.strip().substring(output.strip().lastIndexOf('\n') + 1);
        assertTrue(last.startsWith("facts F1 "), output);
        return Double.parseDouble(last.substring("facts F1 ".length()).strip());
    }
}
