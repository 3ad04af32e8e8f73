package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsABurstUpToCapacityThenSaysHowLongToWait() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(1, bucket.take(0));
    }

    @Test
    void refillsOverTime() {
        TokenBucket bucket = new TokenBucket(1, 0.5, 0);
        assertEquals(0, bucket.take(0));
        assertEquals(2, bucket.take(0));
        assertEquals(1, bucket.take(SECOND));
        assertEquals(0, bucket.take(2 * SECOND));
    }

    @Test
    void isFullOnlyOnceRefilled() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.take(0);
        assertFalse(bucket.isFull(0));
        assertTrue(bucket.isFull(SECOND));
    }
}
