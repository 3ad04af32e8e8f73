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
    private volatile boolean listening;
    private volatile long generation;
    private ChannelListener listener;

    private record Kept(SecurityIdentity identity, Instant goodUntil) {
    }

    void start(@Observes StartupEvent event) {
        listener = ChannelListener.forgetting(dataSource, CHANNEL, this::forgetAll, on -> listening = on);
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

    /** Forgets every kept session, as the passing of time or a change made behind this instance's back requires. */
    public synchronized void forgetAll() {
        generation++;
        kept.clear();
    }
}
