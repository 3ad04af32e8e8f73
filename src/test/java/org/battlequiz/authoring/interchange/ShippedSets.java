package org.battlequiz.authoring.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ArticleService;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.QuestionGenerator;

/** The question sets the app generates on start from the articles shipped in questions/, with the same seeds. */
final class ShippedSets {
    private static final Path ARTICLES = Path.of("questions", "articles");
    private static List<GenerationResult> sets;

    private ShippedSets() {
    }

    static synchronized List<GenerationResult> all() {
        if (sets == null) {
            List<Path> files = articleFiles();
            ArticleParser parser = new ArticleParser();
            List<ParsedArticle> articles = files.stream().map(file -> parser.parse(read(file))).toList();
            QuestionGenerator generator = new QuestionGenerator();
            sets = java.util.stream.IntStream.range(0, files.size()).mapToObj(i -> generator.generate(articles.get(i),
                    articles, ArticleService.stableSeed(slugOf(files.get(i))))).toList();
        }
        return sets;
    }

    private static String slugOf(Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.txt$", "");
        return name.replaceFirst("^\\d+[_-]", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static List<Path> articleFiles() {
        try (Stream<Path> files = Files.list(ARTICLES)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
