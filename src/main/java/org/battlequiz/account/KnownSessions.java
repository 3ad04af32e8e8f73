package org.battlequiz.account;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.battlequiz.ChannelListener;

/**
 * The live sessions this instance read lately, so that a busy learner's requests skip the session statement. Kept
 * only while this instance listens to the sessions channel, which the database signals when a session ends or an
 * account changes, on whichever instance; every signal, and every gap in listening, forgets them all. A kept
 * session is good until its next recorded use is due or its lifetime ends, whichever comes first.
 * <p>
 * When listening stops because the database went away, the sessions kept at that moment are set aside, to be used
 * only while a read of the sessions fails for the same reason: a learner then meets a page saying to try again (with
 * what they posted), not the login page. Nothing can be read or written meanwhile, and listening again forgets them.
 */
@ApplicationScoped
public class KnownSessions {
    static final String CHANNEL = "sessions_changed";
    private static final int MOST_KEPT = 20_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private volatile Map<String, Kept> keptWhenLost = Map.of();
    private volatile boolean listening;
    private volatile long generation;
    private ChannelListener listener;

    private record Kept(SecurityIdentity identity, Instant goodUntil) {
    }

    void start(@Observes StartupEvent event) {
        listener = new ChannelListener(dataSource, CHANNEL, signal -> forgetAll(), () -> {
            forgetAll();
            listening = true;
        }, this::setAsideWhileAway);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /** The identity of the session with this token hash, when kept and still good at {@code now}; else null. */
    SecurityIdentity get(String tokenHash, Instant now) {
        Kept session = kept.get(tokenHash);
        if (session == null) {
            return null;
        }
        if (!now.isBefore(session.goodUntil())) {
            kept.remove(tokenHash, session);
            return null;
        }
        return session.identity();
    }

    /** The identity of a session kept when listening stopped, for a request that cannot read the sessions now. */
    SecurityIdentity whileAway(String tokenHash, Instant now) {
        Kept session = keptWhenLost.get(tokenHash);
        return session == null || !now.isBefore(session.goodUntil()) ? null : session.identity();
    }

    /** Runs on every failed try to listen, too: only the first, while listening, has sessions to set aside. */
    private synchronized void setAsideWhileAway() {
        if (listening) {
            keptWhenLost = Map.copyOf(kept);
        }
        listening = false;
        forgetKept();
    }

    /** Marks the moment a read of the sessions begins; what it read may be kept only if nothing changed since. */
    long readingFrom() {
        return generation;
    }

    void keep(String tokenHash, SecurityIdentity identity, Instant goodUntil, long readingFrom) {
        synchronized (this) {
            if (!listening || generation != readingFrom) {
                return;
            }
            if (kept.size() >= MOST_KEPT) {
                kept.clear();
            }
            kept.put(tokenHash, new Kept(identity, goodUntil));
        }
    }

    /**
     * A session ended or an account changed in the current transaction: forgotten here once it commits, without
     * waiting for the signal (which the other instances get); at once when there is no transaction.
     */
    void forgetOnCommit() {
        forgetAll();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forgetAll();
            }
        });
    }

    /** Reads that began before this moment are kept no more, nor is anything kept now. */
    private synchronized void forgetKept() {
        generation++;
        kept.clear();
    }

    /** Forgets every kept session, as the passing of time or a change made behind this instance's back requires. */
    public synchronized void forgetAll() {
        forgetKept();
        keptWhenLost = Map.of();
    }
}
