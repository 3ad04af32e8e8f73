package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts in the middle of a quiz: requests meanwhile answer 503 (never 500), the app serves again
 * within seconds of the database's return, and every answer saved before and after counts in the score.
 */
@QuarkusTest
class DatabaseRestartTest {
    private static final long BACK_WITHIN_MILLIS = 15_000;

    @Test
    void anAttemptSurvivesADatabaseRestart() throws Exception {
        long setId = QuizFixtures.publishedSetWithEveryType("Restart " + System.nanoTime());
        List<Long> ids = QuizFixtures.questionIds(setId);
        BrowserSession learner = BrowserSession.learner("steadfast");
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(0), "The hill clans")).then()
                .statusCode(204);

        restartPostgres();

        long start = System.currentTimeMillis();
        int status;
        do {
            status = learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(1), "False"))
                    .statusCode();
            assertTrue(status == 204 || status == 503, "while the database returns, a save answers " + status);
            if (status != 204) {
                Thread.sleep(250);
            }
        } while (status != 204 && System.currentTimeMillis() - start < BACK_WITHIN_MILLIS);
        assertEquals(204, status, "the app serves again once the database is back");

        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(3), "1900")).then()
                .statusCode(303);
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200).body(containsString("3 / 8"));
    }

    private static void restartPostgres() throws Exception {
        Process restart = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", "restart")
                .redirectErrorStream(true).start();
        assertTrue(restart.waitFor(60, TimeUnit.SECONDS), "PostgreSQL restarted within a minute");
        assertEquals(0, restart.exitValue(), new String(restart.getInputStream().readAllBytes()));
    }
}
