package org.battlequiz.question;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.battlequiz.article.Article;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShippedSetImporterTest {
    private static final Path SHIPPED = Path.of("questions/articles");

    @Inject
    ShippedSetImporter importer;

    private static Path folderWithOneArticle(String slug) throws IOException {
        Path dir = Files.createTempDirectory("battlequiz-import");
        try (var files = Files.list(SHIPPED)) {
            Path any = files.filter(p -> p.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
            Files.copy(any, dir.resolve(slug + ".txt"));
        }
        return dir;
    }

    private static long sets(String slug, SetStatus status) {
        return QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.count("article.slug = ?1 and owner is null and status = ?2", slug, status));
    }

    private static long questionsOfPublishedSet(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> Question.count(
                "questionSet.article.slug = ?1 and questionSet.status = ?2", slug, SetStatus.PUBLISHED));
    }

    @Test
    void startupImportedEveryShippedArticleAsAPublishedSet() throws IOException {
        long shipped;
        try (var files = Files.list(SHIPPED)) {
            shipped = files.filter(p -> p.toString().endsWith(".txt")).count();
        }
        long published = QuarkusTransaction.requiringNew().call(() ->
                QuestionSet.count("owner is null and status = ?1 and article.slug not like 'probe-%'",
                        SetStatus.PUBLISHED));
        assertEquals(shipped, published);
        given().get("/").then().statusCode(200).body(containsString("Second Battle of al-Qusayr"));
    }

    @Test
    void importingTwiceChangesNothing() throws IOException {
        String slug = "probe-twice-" + System.nanoTime();
        Path dir = folderWithOneArticle(slug);
        assertEquals(1, importer.importDirectory(dir).generated());
        long questions = questionsOfPublishedSet(slug);
        ImportReport again = importer.importDirectory(dir);
        assertEquals(0, again.generated());
        assertEquals(1, again.unchanged());
        assertEquals(1, sets(slug, SetStatus.PUBLISHED));
        assertEquals(0, sets(slug, SetStatus.ARCHIVED));
        assertEquals(questions, questionsOfPublishedSet(slug));
        assertTrue(questions > 0);
    }

    @Test
    void aChangedFileRegeneratesItsSetAndArchivesTheOldOne() throws IOException {
        String slug = "probe-changed-" + System.nanoTime();
        Path dir = folderWithOneArticle(slug);
        importer.importDirectory(dir);
        Files.writeString(dir.resolve(slug + ".txt"), "\n", StandardOpenOption.APPEND);
        assertEquals(1, importer.importDirectory(dir).generated());
        assertEquals(1, sets(slug, SetStatus.PUBLISHED));
        assertEquals(1, sets(slug, SetStatus.ARCHIVED));
        String storedHash = QuarkusTransaction.requiringNew().call(() ->
                Article.findBySlug(slug).orElseThrow().contentHash);
        assertEquals(org.battlequiz.article.ArticleService.contentHash(
                Files.readString(dir.resolve(slug + ".txt"))), storedHash);
    }

    @Test
    void aFileThatIsNotAnArticleIsSkippedAndTheOthersStillImport() throws IOException {
        String slug = "probe-mixed-" + System.nanoTime();
        Path dir = folderWithOneArticle(slug);
        Files.writeString(dir.resolve("shopping-list.txt"), "eggs\nflour\nmilk\n");
        Files.write(dir.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff});
        ImportReport report = importer.importDirectory(dir);
        assertEquals(1, report.generated());
        assertEquals(2, report.skipped());
        assertEquals(1, sets(slug, SetStatus.PUBLISHED));
    }

    @Test
    void twoInstancesImportingAtOncePublishOneSet() throws Exception {
        String slug = "probe-race-" + System.nanoTime();
        Path dir = folderWithOneArticle(slug);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<ImportReport>> runs = List.of(
                    CompletableFuture.supplyAsync(() -> importer.importDirectory(dir), pool),
                    CompletableFuture.supplyAsync(() -> importer.importDirectory(dir), pool));
            int generated = 0;
            int skipped = 0;
            for (CompletableFuture<ImportReport> run : runs) {
                generated += run.get().generated();
                skipped += run.get().skipped();
            }
            assertEquals(1, generated);
            assertEquals(0, skipped);
        } finally {
            pool.shutdown();
        }
        assertEquals(1, sets(slug, SetStatus.PUBLISHED));
    }

    @Test
    void aMissingFolderImportsNothing() {
        assertEquals(0, importer.importDirectory(Path.of("no-such-folder")).generated());
    }
}
