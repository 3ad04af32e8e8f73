package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Retry the ones I got wrong": a practice attempt of exactly those questions that leaves graded scores alone. */
@QuarkusTest
class QuizRetryTest {
    private static final Map<String, Object> ALL_ON_ONE_PAGE = Map.of("layout", "ALL_ON_ONE_PAGE");

    private long setId;
    private List<Long> ids;
    private BrowserSession learner;

    @BeforeEach
    void logIn() {
        learner = BrowserSession.learner("retrier");
    }

    /** An attempt at a new set with the options, submitted with all but two answers right. */
    private long submittedAttempt(Map<String, Object> options) {
        setId = QuizFixtures.publishedSetWithOptions("Retry quiz " + System.nanoTime(), options);
        ids = QuizFixtures.questionIds(setId);
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/submit", allButTwoRight()).then().statusCode(303);
        return attempt;
    }

    /** Every answer right but the numeric one (wrong) and the ordering one (unanswered). */
    private Map<String, Object> allButTwoRight() {
        Map<String, Object> form = QuizAttempts.rightAnswers(ids);
        form.put("q" + ids.get(3), "5000");
        form.keySet().removeIf(field -> field.startsWith("q" + ids.get(6) + "-"));
        return form;
    }

    private long retry(long attempt) {
        String location = learner.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(303)
                .header("Location", matchesPattern(".*/attempts/\\d+$")).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    @Test
    void retryStartsAPracticeAttemptOfExactlyTheQuestionsGotWrongAndResumesIt() {
        long attempt = submittedAttempt(ALL_ON_ONE_PAGE);
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200).body(containsString("6 / 8"))
                .body(containsString("action=\"/attempts/" + attempt + "/retry\""))
                .body(containsString("Retry the ones I got wrong"));

        long practice = retry(attempt);
        assertNotEquals(attempt, practice);
        assertEquals(practice, retry(attempt), "a second click resumes the open practice attempt");
        Attempt stored = QuarkusTransaction.requiringNew().call(() -> {
            Attempt a = Attempt.findById(practice);
            a.retryOf.id.longValue();
            return a;
        });
        assertTrue(stored.practice);
        assertEquals(attempt, stored.retryOf.id);
        String page = learner.get("/attempts/" + practice).then().statusCode(200)
                .body(containsString("not counted in your scores")).extract().asString();
        for (int i = 0; i < ids.size(); i++) {
            boolean wrong = i == 3 || i == 6;
            assertEquals(wrong, page.contains("name=\"shown\" value=\"" + ids.get(i) + "\""), "question " + i);
        }
    }

    @Test
    void aPracticeAttemptLeavesTheGradedScoresHistoryAndAttemptsAllowedAsTheyWere() {
        long attempt = submittedAttempt(Map.of("layout", "ALL_ON_ONE_PAGE", "attemptsAllowed", 1));
        long practice = retry(attempt);
        learner.postForm("/attempts/" + practice + "/submit", Map.of("q" + ids.get(3), "1900",
                "q" + ids.get(6) + "-0", "3", "q" + ids.get(6) + "-1", "1", "q" + ids.get(6) + "-2", "2"))
                .then().statusCode(303).header("Location", endsWith("/attempts/" + practice + "/result"));
        learner.get("/attempts/" + practice + "/result").then().statusCode(200).body(containsString("2 / 2"))
                .body(containsString("Practice result, not counted in your scores"))
                .body(not(containsString("Retry the ones I got wrong")));

        learner.get("/history").then().statusCode(200).body(containsString("1 attempts, 1 finished."))
                .body(containsString("/attempts/" + attempt + "/result"))
                .body(containsString("(75%)"))
                .body(not(containsString("/attempts/" + practice + "/result")));
        learner.get("/sets/" + setId).then().body(containsString("1 attempt allowed; you have used 1"));
        QuarkusTransaction.requiringNew().run(() -> assertEquals(1, Attempt.countFinished(
                Attempt.<Attempt>findById(attempt).user, QuestionSet.findById(setId))));
    }

    @Test
    void parallelRetriesOpenOnePracticeAttempt() throws Exception {
        long attempt = submittedAttempt(ALL_ON_ONE_PAGE);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> practices = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                practices.add(pool.submit(() -> retry(attempt)));
            }
            Set<Long> opened = new HashSet<>();
            for (Future<Long> practice : practices) {
                opened.add(practice.get());
            }
            assertEquals(1, opened.size(), "one practice attempt: " + opened);
        } finally {
            pool.shutdown();
        }
        assertEquals(1L, practiceAttempts(attempt));
    }

    @Test
    void aGradedAttemptCanStartWhileAPracticeAttemptIsOpen() {
        long attempt = submittedAttempt(ALL_ON_ONE_PAGE);
        long practice = retry(attempt);
        long graded = QuizAttempts.start(learner, setId);
        assertNotEquals(practice, graded);
        assertTrue(!QuizAttempts.stored(graded).practice);
    }

    @Test
    void nothingWrongMeansNoRetryButton() {
        Map<String, Object> right = new HashMap<>();
        setId = QuizFixtures.publishedSetWithOptions("All right quiz " + System.nanoTime(),
                List.of(QuizFixtures.EVERY_TYPE.get(0)), ALL_ON_ONE_PAGE);
        right.put("q" + QuizFixtures.questionIds(setId).get(0), "The hill clans");
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/submit", right).then().statusCode(303);
        learner.get("/attempts/" + attempt + "/result").then().body(containsString("1 / 1"))
                .body(not(containsString("Retry the ones I got wrong")));
        learner.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/attempts/" + attempt + "/result?notice=retry_none"));
        learner.get("/attempts/" + attempt + "/result?notice=retry_none").then()
                .body(containsString("nothing to retry"));
        assertEquals(0L, practiceAttempts(attempt));
    }

    @Test
    void answersHeldUntilTheSetClosesOfferNoRetry() {
        long attempt = submittedAttempt(Map.of("layout", "ALL_ON_ONE_PAGE", "feedback", "AFTER_CLOSE"));
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200)
                .body(not(containsString("Retry the ones I got wrong")));
        learner.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/result?notice=retry_held"));
        assertEquals(0L, practiceAttempts(attempt));
    }

    @Test
    void anOpenGradedAttemptAtTheSetOrAClosedSetOfferNoRetry() {
        long attempt = submittedAttempt(ALL_ON_ONE_PAGE);
        long open = QuizAttempts.start(learner, setId);
        learner.get("/attempts/" + attempt + "/result").then().body(not(containsString("Retry the ones I got wrong")));
        learner.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/result?notice=retry_held"));
        learner.postForm("/attempts/" + open + "/retry", Map.of()).then().statusCode(303);
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).status = SetStatus.CLOSED);
        learner.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/result?notice=retry_closed"));
        assertEquals(0L, practiceAttempts(attempt));
    }

    @Test
    void anotherLearnerCannotRetryMyAttempt() {
        long attempt = submittedAttempt(ALL_ON_ONE_PAGE);
        BrowserSession other = BrowserSession.learner("intruder");
        other.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(404);
        other.get("/attempts/" + attempt + "/result").then().statusCode(404);
        assertEquals(0L, practiceAttempts(attempt));
    }

    private static long practiceAttempts(long retried) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count("retryOf.id", retried));
    }
}
