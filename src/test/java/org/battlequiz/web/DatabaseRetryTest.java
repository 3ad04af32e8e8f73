package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class DatabaseRetryTest {
    private static final Duration NO_PAUSE = Duration.ZERO;

    @Test
    void aSaveThatLostItsConnectionIsTriedOnceMore() {
        AtomicInteger calls = new AtomicInteger();
        String saved = DatabaseRetry.once(form(), failingTimes(1, lost(), calls), NO_PAUSE);
        assertEquals("saved", saved);
        assertEquals(2, calls.get());
    }

    @Test
    void aSecondLossSendsEveryPostedFieldBack() {
        AtomicInteger calls = new AtomicInteger();
        UnsavedFormException unsaved = assertThrows(UnsavedFormException.class,
                () -> DatabaseRetry.once(form(), failingTimes(2, lost(), calls), NO_PAUSE));
        assertEquals(2, calls.get());
        assertEquals(Set.of(new UnsavedFormException.PostedField("q7", "Hill clans"),
                new UnsavedFormException.PostedField("q9", "a"), new UnsavedFormException.PostedField("q9", "c"),
                new UnsavedFormException.PostedField("go", "2")), Set.copyOf(unsaved.fields()));
        assertEquals(4, unsaved.fields().size());
    }

    @Test
    void aBusyPoolIsNotWaitedForTwiceButThePostedFieldsGoBack() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException busy = new IllegalStateException(new SQLTransientConnectionException("acquisition timeout"));
        UnsavedFormException unsaved = assertThrows(UnsavedFormException.class,
                () -> DatabaseRetry.once(form(), failingTimes(1, busy, calls), NO_PAUSE));
        assertSame(busy, unsaved.getCause());
        assertEquals(4, unsaved.fields().size());
        assertEquals(1, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        RuntimeException bug = new IllegalArgumentException("a bug");
        assertSame(bug, assertThrows(RuntimeException.class,
                () -> DatabaseRetry.once(form(), failingTimes(1, bug, calls), NO_PAUSE)));
        assertEquals(1, calls.get());
    }

    private static RuntimeException lost() {
        return new IllegalStateException("Saving failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));
    }

    private static Supplier<String> failingTimes(int failures, RuntimeException failure, AtomicInteger calls) {
        return () -> {
            if (calls.incrementAndGet() <= failures) {
                throw failure;
            }
            return "saved";
        };
    }

    private static MultivaluedMap<String, String> form() {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        form.add("q7", "Hill clans");
        form.add("q9", "a");
        form.add("q9", "c");
        form.add("go", "2");
        return form;
    }
}
