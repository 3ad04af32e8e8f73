package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Feedback "immediately": Check grades one answer, locks it and shows the right answer, explanation and source. */
@QuarkusTest
class QuizImmediateFeedbackTest {
    private List<Long> ids;
    private BrowserSession learner;
    private long attempt;

    @BeforeEach
    void startAttempt() {
        long setId = QuizFixtures.publishedSetWithOptions("Immediate quiz " + System.nanoTime(),
                Map.of("feedback", "IMMEDIATELY"));
        ids = QuizFixtures.questionIds(setId);
        learner = BrowserSession.learner("checker");
        attempt = QuizAttempts.start(learner, setId);
    }

    private void check(int index, String answer) {
        long id = ids.get(index);
        learner.postForm("/attempts/" + attempt + "/page", Map.of("page", String.valueOf(index + 1), "shown", id,
                "q" + id, answer, "check", id)).then().statusCode(303)
                .header("Location", endsWith("?page=" + (index + 1)));
    }

    @Test
    void eachQuestionOffersACheckUntilItIsAnswered() {
        learner.get("/attempts/" + attempt).then().body(containsString("Check answer"))
                .body(containsString("name=\"check\" value=\"" + ids.get(0) + "\""));
    }

    @Test
    void checkingShowsTheVerdictRightAnswerAndSourceAndLocksTheAnswer() {
        check(0, "Nobody");
        learner.get("/attempts/" + attempt + "?page=1").then().statusCode(200)
                .body(containsString("badge-wrong"))
                .body(containsString("The hill clans"))
                .body(containsString("Quoted line for: Who won the battle at the ford?"))
                .body(containsString("value=\"Nobody\" checked disabled"))
                .body(not(containsString("Check answer")));
        AttemptAnswer locked = QuizAttempts.answer(attempt, ids.get(0));
        assertTrue(locked.checked);
        assertEquals(0.0, locked.fraction);

        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(0), "The hill clans"))
                .then().statusCode(204);
        check(0, "The hill clans");
        assertEquals(List.of("Nobody"), QuizAttempts.answer(attempt, ids.get(0)).response, "a locked answer stays");
    }

    @Test
    void aCheckedRightAnswerCountsAtSubmitAndUncheckedOnesAreGradedThen() {
        check(0, "The hill clans");
        learner.postForm("/attempts/" + attempt + "/page", Map.of("shown", ids.get(1), "q" + ids.get(1), "False",
                "go", "3")).then().statusCode(303);
        learner.postForm("/attempts/" + attempt + "/submit", Map.of()).then().statusCode(303);
        learner.get("/attempts/" + attempt + "/result").then().body(containsString("2 / 8"));
    }

    @Test
    void checkingAnUnansweredQuestionLocksNothing() {
        long id = ids.get(0);
        learner.postForm("/attempts/" + attempt + "/page", Map.of("page", "1", "shown", id, "check", id))
                .then().statusCode(303);
        assertFalse(QuizAttempts.answer(attempt, id).checked);
        learner.get("/attempts/" + attempt + "?page=1").then().body(containsString("Check answer"));
    }

    @Test
    void withoutImmediateFeedbackACheckIsOnlyASave() {
        long setId = QuizFixtures.publishedSetWithEveryType("After submit " + System.nanoTime());
        long other = QuizAttempts.start(learner, setId);
        long id = QuizFixtures.questionIds(setId).get(0);
        learner.get("/attempts/" + other).then().body(not(containsString("Check answer")));
        learner.postForm("/attempts/" + other + "/page", Map.of("shown", id, "q" + id, "Nobody", "check", id))
                .then().statusCode(303);
        AttemptAnswer saved = QuizAttempts.answer(other, id);
        assertFalse(saved.checked);
        assertEquals(List.of("Nobody"), saved.response);
    }
}
