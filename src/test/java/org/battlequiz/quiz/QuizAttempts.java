package org.battlequiz.quiz;

import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.Map;
import org.battlequiz.support.BrowserSession;

/** Starting attempts over HTTP and reading or moving their stored state, for the quiz engine's tests. */
final class QuizAttempts {
    private QuizAttempts() {
    }

    static long start(BrowserSession learner, long setId) {
        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .header("Location", matchesPattern(".*/attempts/\\d+$")).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static Attempt stored(long attemptId) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attemptId));
    }

    /** Moves the attempt's deadline, as if its time had run out (no test sleeps for minutes). */
    static void setDeadline(long attemptId, Instant deadline) {
        QuarkusTransaction.requiringNew().run(() -> Attempt.<Attempt>findById(attemptId).deadline = deadline);
    }

    static AttemptAnswer answer(long attemptId, long questionId) {
        return QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.<AttemptAnswer>find(
                "attempt.id = ?1 and question.id = ?2", attemptId, questionId).firstResult());
    }
}
