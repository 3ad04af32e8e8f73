package org.battlequiz.account;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.battlequiz.BattleQuizConfig;

/**
 * Server-side sessions in PostgreSQL, so every instance sees a logout, a password change or a disabled account at
 * once. A session ends when idle longer than the idle timeout or older than the absolute lifetime.
 */
@ApplicationScoped
public class SessionService {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_seen_at is written at most this often per session, not on every request */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Inject
    BattleQuizConfig config;

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

    /** The user of a live session, whose last use is recorded; empty for an unknown, ended or expired token. */
    @Transactional
    public Optional<SessionUser> resume(String token) {
        UserSession session = UserSession.findById(hash(token));
        if (session == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (session.user.disabledAt != null || expired(session, now)) {
            session.delete();
            return Optional.empty();
        }
        if (session.lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return Optional.of(new SessionUser(session.user.id, session.user.username, session.user.role));
    }

    @Transactional
    public void endAll(long userId) {
        UserSession.delete("user.id", userId);
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void sweepExpired() {
        Instant now = Instant.now();
        UserSession.delete("lastSeenAt < ?1 or createdAt < ?2", now.minus(config.session().idleTimeout()),
                now.minus(config.session().absoluteLifetime()));
    }

    private boolean expired(UserSession session, Instant now) {
        return session.lastSeenAt.plus(config.session().idleTimeout()).isBefore(now)
                || session.createdAt.plus(config.session().absoluteLifetime()).isBefore(now);
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
