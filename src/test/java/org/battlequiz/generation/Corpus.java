package org.battlequiz.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.NotABattleArticleException;
import org.battlequiz.article.ParsedArticle;

/** The parsed articles the generator tests run over: the shared set beside the repository, the parser's own
 * and its wikitext articles. */
final class Corpus {
    static final Path SHARED = Path.of("../shared/articles");
    static final Path OWN = Path.of("src/test/resources/articles");
    static final Path WIKITEXT = Path.of("src/test/resources/wikitext");

    record Article(String name, String text, ParsedArticle parsed, boolean shared) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<Article> cache;

    private Corpus() {
    }

    static synchronized List<Article> all() {
        if (cache == null) {
            List<Article> articles = new ArrayList<>(read(SHARED, true));
            articles.addAll(read(OWN, false));
            articles.addAll(read(WIKITEXT, false));
            cache = List.copyOf(articles);
        }
        return cache;
    }

    static List<Article> shared() {
        return all().stream().filter(Article::shared).toList();
    }

    static List<ParsedArticle> bank() {
        return shared().stream().map(Article::parsed).toList();
    }

    private static List<Article> read(Path dir, boolean shared) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".wiki"))
                    .sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                try {
                    articles.add(new Article(file.getFileName().toString(), text, new ArticleParser().parse(text), shared));
                } catch (NotABattleArticleException notABattle) {
                    // the parser's own corpus holds texts that must be refused; they give no items
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return articles;
    }
}
