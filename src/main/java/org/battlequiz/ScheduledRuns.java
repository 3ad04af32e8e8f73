package org.battlequiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Locale;

/**
 * Lets one of several instances on the database run a periodic job each period. Every instance's scheduler fires;
 * the first to claim the job runs it, and the others skip it until half a period has passed since that run, which
 * absorbs the drift between their schedules.
 */
@ApplicationScoped
public class ScheduledRuns {
    @Inject
    EntityManager em;

    /** @return whether this instance runs the job now */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        return em.createNativeQuery("""
                insert into scheduled_run (job, last_run_at) values (?1, clock_timestamp())
                on conflict (job) do update set last_run_at = clock_timestamp()
                where scheduled_run.last_run_at <= clock_timestamp() - make_interval(secs => ?2)""")
                .setParameter(1, job).setParameter(2, period.toMillis() / 2000.0).executeUpdate() == 1;
    }

    /** A period in the scheduler's notation ("60s", "5m", "1h") or ISO-8601 ("PT1M"). */
    public static Duration period(String every) {
        String text = every.strip().toUpperCase(Locale.ROOT);
        if (text.matches("\\d+[SMH]")) {
            return Duration.parse("PT" + text);
        }
        if (text.matches("\\d+D")) {
            return Duration.parse("P" + text);
        }
        return Duration.parse(text);
    }
}
