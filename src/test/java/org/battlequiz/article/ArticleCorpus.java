package org.battlequiz.article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The article folders the tests read: the shared set beside the repository and the project's own. */
final class ArticleCorpus {
    static final Path SHARED = Path.of("../shared/articles");
    static final Path OWN = Path.of("src/test/resources/articles");
    static final Path WIKITEXT = Path.of("src/test/resources/wikitext");

    private ArticleCorpus() {
    }

    static List<Path> articles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".wiki")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String baseName(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    static Path truth(Path article) {
        return article.getParent().resolve("truth").resolve(baseName(article) + ".json");
    }
}
