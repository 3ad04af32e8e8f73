package org.battlequiz;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The last-resort bound on reading and generating from an article: a few threads, a short queue and a deadline.
 * A request whose work is late, or finds every thread busy, gets {@link WorkTooLongException} instead of a thread.
 */
@ApplicationScoped
public class BoundedWork {
    private final ThreadPoolExecutor pool;
    private final long timeoutMillis;

    @Inject
    public BoundedWork(BattleQuizConfig config) {
        this(config.articleWork().threads(), config.articleWork().queue(), config.articleWork().timeout());
    }

    BoundedWork(int threads, int queue, Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = new Thread(runnable, "article-work");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** @throws WorkTooLongException when the work is late or cannot start; the work is interrupted then */
    public <T> T call(Supplier<T> work) {
        Future<T> future;
        try {
            future = pool.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw new WorkTooLongException("The server is busy reading other articles; try again in a minute.");
        }
        try {
            return future.get(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new WorkTooLongException("Reading this article took longer than " + timeoutMillis / 1000.0
                    + " s and was stopped; try a shorter article.");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new WorkTooLongException("Reading this article was interrupted; try again.");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Work waiting for a thread. */
    int waiting() {
        return pool.getQueue().size();
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }
}
