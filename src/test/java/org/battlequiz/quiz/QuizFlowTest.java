package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuizFlowTest {
    private long setId;
    private List<Long> ids;

    @BeforeEach
    void createSet() {
        setId = QuizFixtures.publishedSetWithOptions("Ford quiz " + System.nanoTime(), Map.of("layout", "ALL_ON_ONE_PAGE"));
        ids = QuizFixtures.questionIds(setId);
    }

    private long start(BrowserSession learner) {
        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .header("Location", matchesPattern(".*/attempts/\\d+$")).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Right answers to all but the numeric item (wrong) and the matching item (half right). */
    private Map<String, Object> mostlyRightAnswers() {
        Map<String, Object> form = QuizAttempts.rightAnswers(ids);
        form.put("q" + ids.get(3), "5000");
        form.put("q" + ids.get(5) + "-1", "The hill clans");
        return form;
    }

    @Test
    void theQuizPageRendersEveryQuestionTypeWithProperInputs() {
        BrowserSession learner = BrowserSession.learner("taker");
        long attempt = start(learner);
        learner.get("/attempts/" + attempt).then().statusCode(200)
                .body(containsString("type=\"radio\" name=\"q" + ids.get(0) + "\""))
                .body(containsString("type=\"checkbox\" name=\"q" + ids.get(2) + "\""))
                .body(containsString("<select id=\"q" + ids.get(5) + "-0\""))
                .body(containsString("<select id=\"q" + ids.get(6) + "-2\""))
                .body(containsString("<input id=\"q" + ids.get(7) + "\""))
                .body(containsString("<legend>"))
                .body(containsString("name=\"csrf-token\""));
    }

    @Test
    void submittingShowsScoreRightAnswersAndSourcesThenHistory() {
        BrowserSession learner = BrowserSession.learner("scorer");
        long attempt = start(learner);
        learner.postForm("/attempts/" + attempt + "/submit", mostlyRightAnswers()).then().statusCode(303)
                .header("Location", endsWith("/attempts/" + attempt + "/result"));
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200)
                .body(containsString("6.5 / 8"))
                .body(containsString("Right answer"))
                .body(containsString("Quoted line for: How many soldiers did the hill clans field?"))
                .body(containsString("1900 (± 100)"))
                .body(containsString("Arven → The hill clans; Brisa → The hill clans"))
                .body(containsString("Partly right (50%)"));
        learner.get("/history").then().statusCode(200).body(containsString("6.5 / 8"))
                .body(containsString("/attempts/" + attempt + "/result"));
    }

    @Test
    void submittingTwiceScoresOnce() {
        BrowserSession learner = BrowserSession.learner("twice");
        long attempt = start(learner);
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(0), "Nobody")).then()
                .statusCode(303);
        learner.postForm("/attempts/" + attempt + "/submit", mostlyRightAnswers()).then().statusCode(303)
                .header("Location", endsWith("/attempts/" + attempt + "/result?notice=closed"));
        learner.get("/attempts/" + attempt + "/result?notice=closed").then().body(containsString("0 / 8"))
                .body(containsString("already submitted"));
        long answers = QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attempt.id", attempt));
        assertEquals(ids.size(), answers);
        learner.get("/attempts/" + attempt).then().statusCode(303)
                .header("Location", endsWith("/attempts/" + attempt + "/result"));
    }

    @Test
    void parallelSubmitsOfOneAttemptScoreOnceWithoutErrors() throws Exception {
        BrowserSession learner = BrowserSession.learner("racer");
        long attempt = start(learner);
        learner.get("/attempts/" + attempt);
        Map<String, Object> answers = mostlyRightAnswers();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                statuses.add(pool.submit(() ->
                        learner.postForm("/attempts/" + attempt + "/submit", answers).statusCode()));
            }
            for (Future<Integer> status : statuses) {
                assertEquals(303, status.get());
            }
        } finally {
            pool.shutdown();
        }
        long answerRows = QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.count("attempt.id", attempt));
        assertEquals(ids.size(), answerRows);
        Attempt scored = QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(attempt));
        assertEquals(AttemptState.SUBMITTED, scored.state);
        assertEquals(6.5, scored.score);
        long submittedRows = QuarkusTransaction.requiringNew().call(() ->
                Attempt.count("questionSet.id = ?1 and state <> ?2", setId, AttemptState.IN_PROGRESS));
        assertEquals(1, submittedRows);
        learner.get("/attempts/" + attempt + "/result").then().body(containsString("6.5 / 8"));
    }

    @Test
    void startingTwiceResumesTheOpenAttempt() {
        BrowserSession learner = BrowserSession.learner("resumer");
        assertEquals(start(learner), start(learner));
    }

    @Test
    void aLearnerCannotOpenAnotherLearnersAttempt() {
        BrowserSession alice = BrowserSession.learner("alice");
        BrowserSession bob = BrowserSession.learner("bob");
        long attempt = start(alice);
        bob.get("/attempts/" + attempt).then().statusCode(404);
        bob.postForm("/attempts/" + attempt + "/submit", mostlyRightAnswers()).then().statusCode(404);
        alice.postForm("/attempts/" + attempt + "/submit", mostlyRightAnswers()).then().statusCode(303);
        bob.get("/attempts/" + attempt + "/result").then().statusCode(404).body(not(containsString("6.5")));
        bob.get("/history").then().statusCode(200).body(not(containsString("/attempts/" + attempt)));
    }

    @Test
    void historyListsTheNewestAttemptFirst() {
        BrowserSession learner = BrowserSession.learner("historian");
        long first = start(learner);
        learner.postForm("/attempts/" + first + "/submit", Map.of()).then().statusCode(303);
        long second = start(learner);
        assertTrue(second != first);
        String page = learner.get("/history").then().statusCode(200).extract().asString();
        assertTrue(page.indexOf("/attempts/" + second) < page.indexOf("/attempts/" + first));
    }

    @Test
    void anonymousVisitorsAreSentToLoginToStart() {
        BrowserSession visitor = new BrowserSession();
        visitor.get("/sets/" + setId).then().statusCode(200).body(containsString("Log in to start"))
                .body(containsString("8"));
        visitor.get("/sets/" + setId + "/attempts").then().statusCode(302).header("Location", endsWith("/login"));
        visitor.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(302)
                .header("Location", endsWith("/login"));
    }

    @Test
    void theHomePageListsPublishedSetsAndUnknownSetsAreNotFound() {
        BrowserSession visitor = new BrowserSession();
        visitor.get("/").then().statusCode(200).body(containsString("/sets/" + setId));
        visitor.get("/sets/987654321").then().statusCode(404).body(containsString("Not Found"));
    }
}
