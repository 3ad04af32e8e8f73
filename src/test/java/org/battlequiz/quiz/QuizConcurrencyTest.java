package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Autosaves, page posts and submits racing on one attempt: no error, one close, one score. */
@QuarkusTest
class QuizConcurrencyTest extends StartedAttemptTest {

    @Test
    void tenParallelSubmitsMixedWithSavesScoreTheAttemptExactlyOnce() throws Exception {
        Map<String, Object> answer = Map.of("q" + ids.get(0), "The hill clans", "shown", ids.get(0));
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<Integer>> submits = new ArrayList<>();
        List<Future<Integer>> saves = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                submits.add(pool.submit(() -> learner.postForm("/attempts/" + attempt + "/submit", answer).statusCode()));
                saves.add(pool.submit(() -> learner.postForm("/attempts/" + attempt + "/answers", answer).statusCode()));
            }
            for (Future<Integer> submit : submits) {
                assertEquals(303, submit.get());
            }
            for (Future<Integer> save : saves) {
                assertTrue(Set.of(204, 409).contains(save.get()), "a save is stored or refused, never an error");
            }
        } finally {
            pool.shutdown();
        }
        Attempt closed = QuizAttempts.stored(attempt);
        assertEquals(AttemptState.SUBMITTED, closed.state);
        assertEquals(1.0, closed.score);
        long scored = QuarkusTransaction.requiringNew().call(() ->
                Attempt.count("questionSet.id = ?1 and state <> ?2", setId, AttemptState.IN_PROGRESS));
        assertEquals(1, scored);
        assertEquals(ids.size(), QuarkusTransaction.requiringNew().<Long>call(() ->
                AttemptAnswer.count("attempt.id", attempt)).intValue());
    }
}
