package org.battlequiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BoundedWorkTest {

    @Test
    void workPastItsDeadlineIsRefusedAndInterrupted() throws Exception {
        BoundedWork bounded = new BoundedWork(1, 1, Duration.ofMillis(200));
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThrows(WorkTooLongException.class, () -> bounded.call(() -> {
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
            }
            return "never";
        }));
        assertTrue(interrupted.await(10, TimeUnit.SECONDS));
        assertEquals("done", bounded.call(() -> "done"));
        bounded.stop();
    }

    @Test
    void workFindingEveryThreadAndQueueSlotTakenIsRefusedAtOnce() throws Exception {
        BoundedWork bounded = new BoundedWork(1, 1, Duration.ofSeconds(30));
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> bounded.call(() -> await(release)));
        Thread second = new Thread(() -> bounded.call(() -> await(release)));
        first.start();
        second.start();
        while (bounded.waiting() < 1) {
            Thread.sleep(10);
        }
        assertThrows(WorkTooLongException.class, () -> bounded.call(() -> "third"));
        release.countDown();
        first.join();
        second.join();
        bounded.stop();
    }

    @Test
    void aFailureOfTheWorkReachesTheCaller() {
        BoundedWork bounded = new BoundedWork(1, 1, Duration.ofSeconds(30));
        assertThrows(IllegalArgumentException.class, () -> bounded.call(() -> {
            throw new IllegalArgumentException("bad input");
        }));
        bounded.stop();
    }

    private static String await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "released";
    }
}
