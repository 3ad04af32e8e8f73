package org.battlequiz.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.battlequiz.BattleQuizConfig;

/** One token bucket per client address (or other key); forgets keys whose bucket has filled up again. */
@ApplicationScoped
public class RateLimiter {
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    BattleQuizConfig config;

    /** @return 0 when the request may proceed, otherwise the seconds the client should wait */
    public long acquire(String client) {
        BattleQuizConfig.RateLimit limit = config.rateLimit();
        return acquire(client, limit.capacity(), limit.refillPerMinute());
    }

    /** The same for a bucket of its own size; keys of different limits must not collide. */
    public long acquire(String key, int capacity, int refillPerMinute) {
        long now = System.nanoTime();
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, refillPerMinute / 60.0, now)).take(now);
    }
}
