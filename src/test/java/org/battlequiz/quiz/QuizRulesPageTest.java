package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** The set page tells a learner the quiz's rules before they start: draw, layout, time limit, attempts, feedback. */
@QuarkusTest
class QuizRulesPageTest {

    @Test
    void theSetPageStatesTheRulesAndTheAttemptsAlreadyUsed() {
        long setId = QuizFixtures.publishedSetWithOptions("Rules quiz " + System.nanoTime(), Map.of(
                "questionsPerAttempt", 3, "timeLimitMinutes", 20, "attemptsAllowed", 2, "layout", "ALL_ON_ONE_PAGE",
                "feedback", "IMMEDIATELY"));
        BrowserSession learner = BrowserSession.learner("rules");
        learner.get("/sets/" + setId).then().statusCode(200)
                .body(containsString("3 questions drawn at random from 8"))
                .body(containsString("All questions on one page"))
                .body(containsString("Time limit: 20 minutes"))
                .body(containsString("2 attempts allowed; you have used 0"))
                .body(containsString("Feedback after each question you check"));

        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .extract().header("Location");
        learner.postForm(location + "/submit", Map.of()).then().statusCode(303);
        learner.get("/sets/" + setId).then().statusCode(200).body(containsString("you have used 1"));
    }

    @Test
    void aSetWithoutOptionsShowsTheDefaultsToAnonymousVisitorsToo() {
        long setId = QuizFixtures.publishedSetWithEveryType("Plain quiz " + System.nanoTime());
        RestAssured.given().get("/sets/" + setId).then().statusCode(200)
                .body(containsString("8 questions"))
                .body(containsString("One question per page"))
                .body(containsString("No time limit"))
                .body(containsString("Unlimited attempts"))
                .body(containsString("Answers and sources are shown when you submit"))
                .body(not(containsString("you have used")));
    }
}
