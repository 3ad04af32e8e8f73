package org.battlequiz.question;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.battlequiz.ChannelListener;

/**
 * The list of published sets the home page shows, kept in memory while this instance listens to the catalog channel,
 * which the database signals on every committed change to sets, questions and articles. While not listening (at
 * startup, or after the database went away) nothing is kept, so no change goes unseen.
 */
@ApplicationScoped
public class PublishedCatalog {
    static final String CHANNEL = "catalog_changed";

    @Inject
    AgroalDataSource dataSource;

    private volatile boolean listening;
    private long generation;
    private List<SetSummary> kept;
    private ChannelListener listener;

    void start(@Observes StartupEvent event) {
        listener = ChannelListener.forgetting(dataSource, CHANNEL, this::forget, on -> listening = on);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /** The published sets: those kept, or freshly loaded (and kept when no change was signalled meanwhile). */
    List<SetSummary> get(Supplier<List<SetSummary>> load) {
        long loadingFrom;
        synchronized (this) {
            if (kept != null) {
                return kept;
            }
            loadingFrom = generation;
        }
        List<SetSummary> loaded = List.copyOf(load.get());
        synchronized (this) {
            if (listening && generation == loadingFrom) {
                kept = loaded;
            }
        }
        return loaded;
    }

    /**
     * A change this instance has just committed: forgotten now, so the next page here shows it without waiting for
     * the signal (which other instances still get).
     */
    public void changedHere() {
        forget();
    }

    private synchronized void forget() {
        generation++;
        kept = null;
    }
}
