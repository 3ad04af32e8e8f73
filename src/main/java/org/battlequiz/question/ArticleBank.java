package org.battlequiz.question;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.battlequiz.article.ParsedArticle;

/**
 * The parsed shipped articles, whose facts serve as distractors for any other article. They may still be loading
 * just after startup: a generator asking then waits for them, a few seconds at most, and otherwise goes without.
 */
@ApplicationScoped
public class ArticleBank {
    private static final long LONGEST_WAIT_SECONDS = 5;

    private volatile CompletableFuture<List<ParsedArticle>> articles = new CompletableFuture<>();

    public List<ParsedArticle> articles() {
        try {
            return articles.get(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    void replace(List<ParsedArticle> parsed) {
        articles = CompletableFuture.completedFuture(List.copyOf(parsed));
    }

    /** The articles being read, for {@link #articles} to wait for; none if reading them fails. */
    void loading(CompletionStage<List<ParsedArticle>> parsed) {
        CompletableFuture<List<ParsedArticle>> pending = articles;
        parsed.whenComplete((list, failure) -> pending.complete(failure == null ? List.copyOf(list) : List.of()));
    }
}
