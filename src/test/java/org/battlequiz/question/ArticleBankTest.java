package org.battlequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.junit.jupiter.api.Test;

class ArticleBankTest {
    private static final ParsedArticle FORD = new ArticleParser().parse(String.join("\n",
            "Battle of the Amber Ford", "Date\t3 May 1402", "Location\tAmber Ford", "Result\tRiver league victory",
            "Belligerents", "River league\tHill clans", "Commanders and leaders", "Oswin Tarrow\tBrand Kell"));

    @Test
    void aGeneratorAskingWhileTheArticlesLoadWaitsForThem() {
        ArticleBank bank = new ArticleBank();
        Executor later = CompletableFuture.delayedExecutor(200, TimeUnit.MILLISECONDS);
        bank.loading(CompletableFuture.supplyAsync(() -> List.of(FORD), later));
        assertEquals(List.of(FORD), bank.articles());
    }

    @Test
    void articlesThatFailToLoadLeaveTheBankEmpty() {
        ArticleBank bank = new ArticleBank();
        bank.loading(CompletableFuture.failedFuture(new IllegalStateException("unreadable")));
        assertEquals(List.of(), bank.articles());
    }

    @Test
    void replacedArticlesAreThereAtOnce() {
        ArticleBank bank = new ArticleBank();
        bank.replace(List.of(FORD));
        assertEquals(List.of(FORD), bank.articles());
    }
}
