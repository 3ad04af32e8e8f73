package org.battlequiz.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.battlequiz.BattleQuizConfig;

/**
 * Server-side sessions in PostgreSQL, so every instance sees a logout, a password change or a disabled account (as
 * soon as the database's signal reaches it, when it keeps sessions in memory). A session ends when idle longer than
 * the idle timeout or older than the absolute lifetime.
 */
@ApplicationScoped
public class SessionService {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_seen_at is written at most this often per session, not on every request */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    BattleQuizConfig config;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    KnownSessions known;

    /** @return the token for the session cookie */
    @Transactional
    public String start(long userId) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UserSession session = new UserSession();
        session.tokenHash = hash(token);
        session.user = User.findById(userId);
        session.createdAt = Instant.now();
        session.lastSeenAt = session.createdAt;
        session.persist();
        return token;
    }

    /**
     * The user of the live session with this token hash ({@link #hash}), whose last use is recorded, and the moment
     * until which it may be taken as live without asking again; empty for an unknown, ended or expired token. Plain JDBC outside any transaction, one
     * statement on most requests: it runs before every page that is not served from {@link KnownSessions}.
     */
    public Optional<LiveSession> resume(String hash) {
        try (Connection connection = dataSource.getConnection()) {
            SessionRow row = find(connection, hash);
            if (row == null) {
                return Optional.empty();
            }
            Instant now = Instant.now();
            Instant ends = row.createdAt().plus(config.session().absoluteLifetime());
            if (row.disabled() || row.lastSeenAt().plus(config.session().idleTimeout()).isBefore(now)
                    || ends.isBefore(now)) {
                update(connection, "delete from user_session where token_hash = ?", hash);
                return Optional.empty();
            }
            Instant lastSeen = row.lastSeenAt();
            if (lastSeen.plus(TOUCH_EVERY).isBefore(now)) {
                update(connection, "update user_session set last_seen_at = now() where token_hash = ?", hash);
                lastSeen = now;
            }
            Instant nextTouch = lastSeen.plus(TOUCH_EVERY);
            return Optional.of(new LiveSession(row.user(), nextTouch.isBefore(ends) ? nextTouch : ends));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the session failed", e);
        }
    }

    /** A live session's user, and until when the session may be taken as live without reading it again. */
    public record LiveSession(SessionUser user, Instant goodUntil) {
    }

    private record SessionRow(SessionUser user, boolean disabled, Instant createdAt, Instant lastSeenAt) {
    }

    private static SessionRow find(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select u.id, u.username, u.role, u.disabled_at is not null, s.created_at, s.last_seen_at, u.time_zone
                from user_session s join app_user u on u.id = s.user_id where s.token_hash = ?""")) {
            select.setString(1, hash);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new SessionRow(new SessionUser(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(7)),
                        rs.getBoolean(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant());
            }
        }
    }

    private static void update(Connection connection, String sql, String hash) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, hash);
            statement.executeUpdate();
        }
    }

    @Transactional
    public void endAll(long userId) {
        UserSession.delete("user.id", userId);
        known.forgetOnCommit();
    }

    /** The user's role or time zone changed in the current transaction: every instance reads their session again. */
    public void accountChanged() {
        known.forgetOnCommit();
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweepExpired() {
        Instant now = Instant.now();
        UserSession.delete("lastSeenAt < ?1 or createdAt < ?2", now.minus(config.session().idleTimeout()),
                now.minus(config.session().absoluteLifetime()));
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
