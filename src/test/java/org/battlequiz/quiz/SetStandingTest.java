package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** The set page states the learner's best and last graded score and, when the set limits them, attempts left. */
@QuarkusTest
class SetStandingTest {

    private static void submit(BrowserSession learner, long setId, Map<String, Object> answers) {
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/submit", answers).then().statusCode(303);
    }

    @Test
    void bestAndLastScoresAndAttemptsLeftAppearOnceTheLearnerHasFinishedAttempts() {
        long setId = QuizFixtures.publishedSetWithOptions("Standing quiz " + System.nanoTime(),
                List.of(QuizFixtures.EVERY_TYPE.get(0), QuizFixtures.EVERY_TYPE.get(1)),
                Map.of("layout", "ALL_ON_ONE_PAGE", "attemptsAllowed", 3));
        List<Long> ids = QuizFixtures.questionIds(setId);
        BrowserSession learner = BrowserSession.learner("standing");
        learner.get("/sets/" + setId).then().statusCode(200)
                .body(containsString("<dt>Attempts left</dt><dd>3</dd>"))
                .body(not(containsString("Best score")));

        submit(learner, setId, Map.of("q" + ids.get(0), "The hill clans", "q" + ids.get(1), "False"));
        submit(learner, setId, Map.of("q" + ids.get(0), "The hill clans"));
        learner.get("/sets/" + setId).then().statusCode(200)
                .body(containsString("<dt>Best score</dt><dd>2 / 2 (100%)</dd>"))
                .body(containsString("<dt>Last score</dt><dd>1 / 2 (50%)</dd>"))
                .body(containsString("<dt>Attempts left</dt><dd>1</dd>"));

        BrowserSession other = BrowserSession.learner("newcomer");
        other.get("/sets/" + setId).then().body(not(containsString("Best score")))
                .body(containsString("<dt>Attempts left</dt><dd>3</dd>"));
        new BrowserSession().get("/sets/" + setId).then().statusCode(200).body(not(containsString("Attempts left")));
    }

    @Test
    void aSetWithoutALimitShowsScoresButNoAttemptsLeftAndPracticeDoesNotCount() {
        long setId = QuizFixtures.publishedSetWithOptions("Unlimited quiz " + System.nanoTime(),
                List.of(QuizFixtures.EVERY_TYPE.get(0), QuizFixtures.EVERY_TYPE.get(1)),
                Map.of("layout", "ALL_ON_ONE_PAGE"));
        List<Long> ids = QuizFixtures.questionIds(setId);
        BrowserSession learner = BrowserSession.learner("unlimited");
        learner.get("/sets/" + setId).then().body(not(containsString("Your attempts")));
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(1), "False")).then().statusCode(303);
        String practice = learner.postForm("/attempts/" + attempt + "/retry", Map.of()).then().statusCode(303)
                .extract().header("Location");
        learner.postForm(practice + "/submit", Map.of("q" + ids.get(0), "The hill clans")).then().statusCode(303);
        learner.get("/sets/" + setId).then()
                .body(containsString("<dt>Best score</dt><dd>1 / 2 (50%)</dd>"))
                .body(containsString("<dt>Last score</dt><dd>1 / 2 (50%)</dd>"))
                .body(not(containsString("Attempts left")));
    }
}
