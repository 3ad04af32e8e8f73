package org.battlequiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Of several instances whose schedulers fire, one runs a periodic job each period. */
@QuarkusTest
class ScheduledRunsTest {
    @Inject
    ScheduledRuns runs;

    @Test
    void theFirstClaimOfAPeriodRunsAndTheOthersSkipUntilHalfAPeriodPassed() {
        String job = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Duration minute = Duration.ofMinutes(1);
        assertTrue(runs.claim(job, minute));
        assertFalse(runs.claim(job, minute), "a second instance firing at the same moment skips");
        age(job, 20);
        assertFalse(runs.claim(job, minute), "20 s later it is still this period's run");
        age(job, 15);
        assertTrue(runs.claim(job, minute), "more than half a period later the next run is due");
        assertFalse(runs.claim(job, minute));
    }

    @Test
    void readsPeriodsInTheSchedulersNotationAndIso() {
        assertEquals(Duration.ofSeconds(60), ScheduledRuns.period("60s"));
        assertEquals(Duration.ofMinutes(5), ScheduledRuns.period("5m"));
        assertEquals(Duration.ofHours(1), ScheduledRuns.period("1h"));
        assertEquals(Duration.ofSeconds(90), ScheduledRuns.period("PT90S"));
    }

    private static void age(String job, int seconds) {
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery(
                        "update scheduled_run set last_run_at = last_run_at - make_interval(secs => ?1) where job = ?2")
                .setParameter(1, seconds).setParameter(2, job).executeUpdate());
    }
}
