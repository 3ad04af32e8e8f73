package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The token buckets live in PostgreSQL, so every instance on the database takes from the same one. */
@QuarkusTest
class RateLimiterTest {
    @Inject
    RateLimiter limiter;

    @Test
    void allowsABurstUpToCapacityThenSaysHowLongToWait() {
        String key = fresh();
        assertEquals(0, limiter.acquire(key, 3, 60));
        assertEquals(0, limiter.acquire(key, 3, 60));
        assertEquals(0, limiter.acquire(key, 3, 60));
        assertEquals(1, limiter.acquire(key, 3, 60));
        String slow = fresh();
        assertEquals(0, limiter.acquire(slow, 1, 3));
        assertEquals(20, limiter.acquire(slow, 1, 3), "three tokens a minute: the next one in 20 s");
    }

    @Test
    void refillsByTheDatabaseClock() {
        String key = fresh();
        assertEquals(0, limiter.acquire(key, 1, 30));
        assertEquals(2, limiter.acquire(key, 1, 30));
        age(key, 1);
        assertEquals(1, limiter.acquire(key, 1, 30));
        age(key, 2);
        assertEquals(0, limiter.acquire(key, 1, 30));
    }

    @Test
    void forgetsOnlyBucketsThatFilledUpAgain() {
        String full = fresh();
        String empty = fresh();
        limiter.acquire(full, 2, 60);
        age(full, 5);
        limiter.acquire(empty, 2, 60);
        limiter.acquire(empty, 2, 60);
        limiter.forgetFullBuckets();
        assertEquals(0, count(full));
        assertEquals(1, count(empty));
    }

    private static String fresh() {
        return "test:" + UUID.randomUUID();
    }

    /** Moves the bucket's last refill the given seconds into the past, as waiting would. */
    private static void age(String key, int seconds) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                        "update rate_bucket set refilled_at = refilled_at - make_interval(secs => ?1) where bucket = ?2")
                .setParameter(1, seconds).setParameter(2, key).executeUpdate());
    }

    private static long count(String key) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from rate_bucket where bucket = ?1").setParameter(1, key)
                .getSingleResult()).longValue());
    }
}
