package org.battlequiz.account;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Counts failures per key in PostgreSQL, so that every instance applies the same delays. */
@ApplicationScoped
public class ThrottleService {

    /** @return how long the subject must still wait; zero when it may try now */
    @Transactional
    public Duration wait(Throttle throttle, String subject) {
        List<?> rows = Panache.getEntityManager().createNativeQuery(
                        "select blocked_until from login_throttle where key = ?1")
                .setParameter(1, throttle.key(subject)).getResultList();
        if (rows.isEmpty()) {
            return Duration.ZERO;
        }
        Instant until = instant(rows.get(0));
        Duration left = Duration.between(Instant.now(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts one failure; @return the delay it sets, zero while failures are still free */
    @Transactional
    public Duration fail(Throttle throttle, String subject) {
        Instant now = Instant.now();
        Number failures = (Number) Panache.getEntityManager().createNativeQuery("""
                        insert into login_throttle (key, failures, last_failure_at, blocked_until)
                        values (?1, 1, ?2, ?2)
                        on conflict (key) do update set
                            failures = case when login_throttle.last_failure_at < ?3 then 1
                                            else login_throttle.failures + 1 end,
                            last_failure_at = ?2
                        returning failures""")
                .setParameter(1, throttle.key(subject)).setParameter(2, now)
                .setParameter(3, now.minus(throttle.forgetAfter())).getSingleResult();
        Duration delay = throttle.delayAfter(failures.intValue());
        if (!delay.isZero()) {
            Panache.getEntityManager().createNativeQuery(
                            "update login_throttle set blocked_until = ?2 where key = ?1")
                    .setParameter(1, throttle.key(subject)).setParameter(2, now.plus(delay)).executeUpdate();
        }
        return delay;
    }

    @Transactional
    public void clear(Throttle throttle, String subject) {
        Panache.getEntityManager().createNativeQuery("delete from login_throttle where key = ?1")
                .setParameter(1, throttle.key(subject)).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetQuietKeys() {
        Panache.getEntityManager().createNativeQuery(
                        "delete from login_throttle where last_failure_at < ?1 and blocked_until < ?1")
                .setParameter(1, Instant.now().minus(Duration.ofDays(1))).executeUpdate();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return OffsetDateTime.parse(value.toString()).withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
