package org.battlequiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What never changes in an attempt once its answer rows are reserved: its set and the ids of its questions, with
 * the set's questions version last seen. Kept in memory so that a save needs no read before its one statement;
 * that statement checks the version, the owner and that the attempt is open, so a stale entry only sends the save
 * the long way.
 */
@ApplicationScoped
class KnownAttempts {
    private static final int KEPT = 20_000;

    record Shape(long setId, long questionsVersion, Set<Long> questionIds) {
    }

    private final Map<Long, Shape> byAttempt = new ConcurrentHashMap<>();

    Shape get(long attemptId) {
        return byAttempt.get(attemptId);
    }

    void remember(long attemptId, Shape shape) {
        if (byAttempt.size() >= KEPT) {
            byAttempt.clear();
        }
        byAttempt.put(attemptId, shape);
    }
}
