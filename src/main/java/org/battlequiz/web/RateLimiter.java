package org.battlequiz.web;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.battlequiz.BattleQuizConfig;

/**
 * One token bucket per client address (or other key), kept in PostgreSQL so that every instance on the database
 * counts against the same bucket: bursts up to its capacity, refilled continuously by the database's clock. Each
 * request takes its token in one statement on a connection of its own, outside any transaction of the request.
 */
@ApplicationScoped
public class RateLimiter {
    /** the tokens in the bucket now: what was left, plus the refill since, up to the capacity */
    private static final String TOKENS_NOW = "least(b.capacity, b.tokens + extract(epoch from clock_timestamp()"
            + " - b.refilled_at) * b.per_minute / 60.0)";
    private static final String TAKE = """
            insert into rate_bucket as b (bucket, tokens, capacity, per_minute, refilled_at)
            values (?, ? - 1, ?, ?, clock_timestamp())
            on conflict (bucket) do update set tokens = %1$s - 1, capacity = excluded.capacity,
                per_minute = excluded.per_minute, refilled_at = clock_timestamp()
            where %1$s >= 1""".formatted(TOKENS_NOW);
    private static final String WAIT = "select ceil((1 - " + TOKENS_NOW + ") * 60.0 / b.per_minute)"
            + " from rate_bucket b where b.bucket = ?";
    private static final String FORGET_FULL = "delete from rate_bucket b where " + TOKENS_NOW + " >= b.capacity";

    @Inject
    BattleQuizConfig config;

    @Inject
    AgroalDataSource dataSource;

    /** @return 0 when the request may proceed, otherwise the seconds the client should wait */
    public long acquire(String client) {
        BattleQuizConfig.RateLimit limit = config.rateLimit();
        return acquire(client, limit.capacity(), limit.refillPerMinute());
    }

    /** The same for a bucket of its own size; keys of different limits must not collide. */
    public long acquire(String key, int capacity, int refillPerMinute) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, key);
                take.setInt(2, capacity);
                take.setInt(3, capacity);
                take.setInt(4, refillPerMinute);
                if (take.executeUpdate() == 1) {
                    return 0;
                }
            }
            try (PreparedStatement wait = connection.prepareStatement(WAIT)) {
                wait.setString(1, key);
                try (ResultSet rows = wait.executeQuery()) {
                    return rows.next() ? Math.max(1, rows.getLong(1)) : 1;
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit of " + key + " unavailable", e);
        }
    }

    /** Forgets the buckets that have filled up again: a client back after a pause starts with a full bucket anyway. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetFullBuckets() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement forget = connection.prepareStatement(FORGET_FULL)) {
                forget.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rate limit buckets could not be cleaned up", e);
        }
    }
}
