package org.battlequiz.quiz;

import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;

/** Starting attempts over HTTP and reading or moving their stored state, for the quiz engine's tests. */
final class QuizAttempts {
    private QuizAttempts() {
    }

    static long start(BrowserSession learner, long setId) {
        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .header("Location", matchesPattern(".*/attempts/\\d+$")).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A form answering every {@link QuizFixtures#EVERY_TYPE} item right, for a test to spoil some. */
    static Map<String, Object> rightAnswers(List<Long> ids) {
        Map<String, Object> form = new HashMap<>();
        form.put("q" + ids.get(0), "The hill clans");
        form.put("q" + ids.get(1), "False");
        form.put("q" + ids.get(2), List.of("The river league", "The hill clans"));
        form.put("q" + ids.get(3), "1900");
        form.put("q" + ids.get(4), "279 BC");
        form.put("q" + ids.get(5) + "-0", "The hill clans");
        form.put("q" + ids.get(5) + "-1", "The river league");
        form.put("q" + ids.get(6) + "-0", "3");
        form.put("q" + ids.get(6) + "-1", "1");
        form.put("q" + ids.get(6) + "-2", "2");
        form.put("q" + ids.get(7), "penaflor");
        return form;
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
