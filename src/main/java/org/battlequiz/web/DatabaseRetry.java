package org.battlequiz.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Duration;
import java.util.function.Supplier;
import org.battlequiz.DatabaseOutage;

/**
 * A form posted from a page without script has no script to send it again: when its save meets a lost database
 * connection it is tried once more after a short pause, and when that fails too (or every pooled connection stayed
 * busy), the page that answers holds what was posted, ready to be sent again, so nothing typed is lost.
 */
public final class DatabaseRetry {
    static final Duration PAUSE = Duration.ofMillis(750);

    private DatabaseRetry() {
    }

    public static <T> T once(MultivaluedMap<String, String> form, Supplier<T> work) {
        return once(form, work, PAUSE);
    }

    static <T> T once(MultivaluedMap<String, String> form, Supplier<T> work, Duration pause) {
        try {
            return work.get();
        } catch (RuntimeException first) {
            if (!DatabaseOutage.connectionLost(first)) {
                // a pool busy past its wait is not waited for twice, but what was posted still goes back
                throw DatabaseOutage.causedBy(first) ? new UnsavedFormException(form, first) : first;
            }
            sleep(pause);
            try {
                return work.get();
            } catch (RuntimeException second) {
                if (DatabaseOutage.causedBy(second)) {
                    throw new UnsavedFormException(form, second);
                }
                throw second;
            }
        }
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
