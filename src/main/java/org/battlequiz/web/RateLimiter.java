package org.battlequiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.battlequiz.BattleQuizConfig;

/** One token bucket per client address; forgets clients whose bucket has filled up again. */
@ApplicationScoped
public class RateLimiter {
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    BattleQuizConfig config;

    /** @return 0 when the request may proceed, otherwise the seconds the client should wait */
    public long acquire(String client) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        BattleQuizConfig.RateLimit limit = config.rateLimit();
        return buckets.computeIfAbsent(client,
                key -> new TokenBucket(limit.capacity(), limit.refillPerMinute() / 60.0, now)).take(now);
    }
}
