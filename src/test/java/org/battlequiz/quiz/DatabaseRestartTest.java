package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.account.KnownSessions;
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
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">");

    @Inject
    KnownSessions sessions;

    private record Started(BrowserSession learner, long attempt, List<Long> ids) {
        static Started attempt(String learnerPrefix) {
            long setId = QuizFixtures.publishedSetWithEveryType(learnerPrefix + " " + System.nanoTime());
            BrowserSession learner = BrowserSession.learner(learnerPrefix);
            return new Started(learner, QuizAttempts.start(learner, setId), QuizFixtures.questionIds(setId));
        }
    }

    @Test
    void anAttemptSurvivesADatabaseRestart() throws Exception {
        Started started = Started.attempt("steadfast");
        BrowserSession learner = started.learner();
        long attempt = started.attempt();
        List<Long> ids = started.ids();
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

    @Test
    void aPagePostedWhileTheDatabaseIsAwayComesBackReadyToSendAgain() throws Exception {
        Started away = Started.attempt("patient");
        String page;
        postgres("stop");
        try {
            page = away.learner().postForm("/attempts/" + away.attempt() + "/page",
                            Map.of("q" + away.ids().get(0), "The hill clans & co", "go", "2")).then().statusCode(503)
                    .header("Cache-Control", "no-store").extract().asString();
        } finally {
            postgres("start");
        }
        assertTrue(page.contains("action=\"/attempts/" + away.attempt() + "/page\""), page);
        Map<String, String> kept = hiddenFields(page);
        assertEquals("The hill clans & co", kept.get("q" + away.ids().get(0)));
        assertEquals("2", kept.get("go"));

        long start = System.currentTimeMillis();
        int status;
        do {
            status = away.learner().request().contentType(ContentType.URLENC).formParams(kept)
                    .post("/attempts/" + away.attempt() + "/page").statusCode();
        } while (status == 503 && System.currentTimeMillis() - start < BACK_WITHIN_MILLIS && pause());
        assertEquals(303, status, "the page sent again is saved once the database is back");
        assertEquals(List.of("The hill clans & co"), QuizAttempts.answer(away.attempt(), away.ids().get(0)).response);
    }

    @Test
    void aLearnerThisInstanceHasNotSeenLatelyIsToldToTryAgain() throws Exception {
        BrowserSession learner = BrowserSession.learner("unseen");
        sessions.forgetAll();
        String page;
        postgres("stop");
        try {
            page = learner.get("/history").then().statusCode(503).header("Retry-After", "5").extract().asString();
        } finally {
            postgres("start");
        }
        assertTrue(page.contains("Try again in a moment") && page.contains("refresh"), page);
    }

    private static Map<String, String> hiddenFields(String page) {
        Map<String, String> fields = new HashMap<>();
        Matcher input = HIDDEN.matcher(page);
        while (input.find()) {
            fields.put(unescape(input.group(1)), unescape(input.group(2)));
        }
        return fields;
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static boolean pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static void restartPostgres() throws Exception {
        postgres("restart");
    }

    private static void postgres(String action) throws Exception {
        Process run = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", "15", "main", action)
                .redirectErrorStream(true).start();
        assertTrue(run.waitFor(60, TimeUnit.SECONDS), "PostgreSQL " + action + " within a minute");
        assertEquals(0, run.exitValue(), new String(run.getInputStream().readAllBytes()));
    }
}
