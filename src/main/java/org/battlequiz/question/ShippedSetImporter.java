package org.battlequiz.question;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.article.Article;
import org.battlequiz.article.ArticleService;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.QuestionGenerator;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Imports every article *.txt under the questions folder at startup and keeps one published, system-owned set
 * per article. Safe to run again and from several instances at once: a transaction-scoped advisory lock
 * serialises the writers, and a set whose article text and generated items are unchanged is left alone; a changed
 * file or an improved generator archives the old set (keeping its attempts) and publishes a new one.
 */
@ApplicationScoped
public class ShippedSetImporter {
    private static final Logger LOG = Logger.getLogger(ShippedSetImporter.class);
    private static final long IMPORT_LOCK_KEY = 0x4251_5a49_4d50L;

    @Inject
    BattleQuizConfig config;

    @Inject
    ArticleService articles;

    @Inject
    QuestionSetService sets;

    @Inject
    ArticleBank bank;

    @Inject
    ManagedExecutor executor;

    private final QuestionGenerator generator = new QuestionGenerator();

    /**
     * When every shipped article already has its published set from the same text (checked from the texts alone),
     * the articles are parsed for the generators' bank, and the check that the generator still makes the same items
     * runs, after startup instead of before it: the sets learners take are there either way, and a generator that
     * asks for the bank meanwhile waits for it. Otherwise the import runs before the app is ready.
     */
    void onStart(@Observes StartupEvent event) {
        Path dir = Path.of(config.questionsDir());
        Optional<ShippedTexts> texts = readTexts(dir);
        if (texts.isEmpty()) {
            bank.replace(List.of());
            return;
        }
        if (QuarkusTransaction.requiringNew().call(() -> allStored(texts.get()))) {
            CompletableFuture<ShippedFiles> shipped = executor.supplyAsync(() -> parse(texts.get()));
            bank.loading(shipped.thenApply(ShippedSetImporter::parsedArticles));
            shipped.thenAcceptAsync(files -> report(importFiles(files)), executor);
        } else {
            ShippedFiles shipped = parse(texts.get());
            bank.replace(parsedArticles(shipped));
            report(importFiles(shipped));
        }
    }

    private void report(ImportReport report) {
        LOG.infof("Question import from %s: %d generated, %d unchanged, %d skipped", config.questionsDir(),
                report.generated(), report.unchanged(), report.skipped());
    }

    private static boolean allStored(ShippedTexts texts) {
        return texts.read().stream().allMatch(text -> Article.findBySlug(text.slug())
                .filter(article -> ArticleService.contentHash(text.text()).equals(article.contentHash))
                .flatMap(QuestionSet::findPublishedSystemSet).isPresent());
    }

    private static List<ParsedArticle> parsedArticles(ShippedFiles shipped) {
        return shipped.parsed().stream().map(ArticleFile::parsed).toList();
    }

    public ImportReport importDirectory(Path dir) {
        return readTexts(dir).map(this::parse).map(this::importFiles)
                .orElseGet(() -> new ImportReport(0, 0, 0, List.of()));
    }

    /** The article files of the folder and the texts of those that could be read; empty without the folder. */
    private Optional<ShippedTexts> readTexts(Path dir) {
        if (!Files.isDirectory(dir)) {
            LOG.warnf("Questions folder %s does not exist; nothing imported", dir.toAbsolutePath());
            return Optional.empty();
        }
        List<Path> files = articleFiles(dir);
        return Optional.of(new ShippedTexts(files.size(),
                files.stream().map(ShippedSetImporter::readText).flatMap(Optional::stream).toList()));
    }

    private static Optional<ShippedText> readText(Path path) {
        try {
            return Optional.of(new ShippedText(path, slugOf(path), Files.readString(path, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.warnf("Skipped %s: %s", path, e.getMessage());
            return Optional.empty();
        }
    }

    /** The texts and those of them that parse. */
    private ShippedFiles parse(ShippedTexts texts) {
        return new ShippedFiles(texts.count(), texts.read().stream().map(this::parse).flatMap(Optional::stream)
                .toList());
    }

    private ImportReport importFiles(ShippedFiles files) {
        List<ArticleFile> parsed = files.parsed();
        List<ParsedArticle> shipped = parsed.stream().map(ArticleFile::parsed).toList();
        int generated = 0;
        int unchanged = 0;
        int skipped = files.count() - parsed.size();
        for (ArticleFile file : parsed) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> store(file, shipped))) {
                    generated++;
                } else {
                    unchanged++;
                }
            } catch (RuntimeException e) {
                LOG.errorf(e, "Skipped %s: its question set could not be generated or stored", file.path());
                skipped++;
            }
        }
        return new ImportReport(generated, unchanged, skipped, shipped);
    }

    private boolean store(ArticleFile file, List<ParsedArticle> shipped) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, IMPORT_LOCK_KEY).getSingleResult();
        GenerationResult result = generator.generate(file.parsed(), shipped, ArticleService.stableSeed(file.slug()));
        String hash = ArticleService.contentHash(
                file.text() + "\n" + QuestionGenerator.VERSION + "\n" + result.questions());
        Optional<QuestionSet> current = Article.findBySlug(file.slug()).flatMap(QuestionSet::findPublishedSystemSet);
        if (current.isPresent() && hash.equals(current.get().sourceHash)) {
            return false;
        }
        Article article = articles.store(file.slug(), file.text(), file.parsed());
        QuestionSet set = sets.replaceSystemSet(article, file.parsed(), result, hash);
        LOG.infof("Generated set %d (%d questions) from %s", set.id, result.questions().size(), file.path());
        return true;
    }

    private Optional<ArticleFile> parse(ShippedText text) {
        try {
            return Optional.of(new ArticleFile(text.path(), text.slug(), text.text(), articles.parse(text.text())));
        } catch (RuntimeException e) {
            LOG.warnf("Skipped %s: %s", text.path(), e.getMessage());
            return Optional.empty();
        }
    }

    private static List<Path> articleFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "07_some-battle.txt" gives "some-battle": a leading number only orders the files. */
    static String slugOf(Path path) {
        String name = path.getFileName().toString().replaceFirst("\\.txt$", "");
        String slug = name.replaceFirst("^\\d+[_-]", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "article" : slug;
    }

    private record ArticleFile(Path path, String slug, String text, ParsedArticle parsed) {
    }

    private record ShippedText(Path path, String slug, String text) {
    }

    private record ShippedTexts(int count, List<ShippedText> read) {
    }

    private record ShippedFiles(int count, List<ArticleFile> parsed) {
    }
}
