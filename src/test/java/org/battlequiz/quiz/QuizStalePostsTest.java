package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** Posts from stale pages do no harm: nothing changes on a closed attempt, foreign questions are not saved. */
@QuarkusTest
class QuizStalePostsTest extends StartedAttemptTest {
    private void submitWithFirstRight() {
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(0), "The hill clans")).then()
                .statusCode(303).header("Location", endsWith("/attempts/" + attempt + "/result"));
    }

    @Test
    void pagePostsAndAutosavesToASubmittedAttemptChangeNothingAndLandOnTheResult() {
        submitWithFirstRight();
        Attempt submitted = QuizAttempts.stored(attempt);
        learner.postForm("/attempts/" + attempt + "/page", Map.of("q" + ids.get(0), "Nobody", "go", "2")).then()
                .statusCode(303).header("Location", endsWith("/attempts/" + attempt + "/result?notice=closed"));
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(1), "False")).then()
                .statusCode(409).body(containsString("already submitted"));
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(1), "False")).then()
                .statusCode(303).header("Location", endsWith("/result?notice=closed"));
        learner.get("/attempts/" + attempt + "/result?notice=closed").then().statusCode(200)
                .body(containsString("already submitted")).body(containsString("1 / 8"));
        Attempt after = QuizAttempts.stored(attempt);
        assertEquals(submitted.score, after.score);
        assertEquals(submitted.submittedAt, after.submittedAt);
        assertEquals(List.of("The hill clans"), QuizAttempts.answer(attempt, ids.get(0)).response);
        assertEquals(List.of(), QuizAttempts.answer(attempt, ids.get(1)).response);
    }

    @Test
    void anAnswerToAQuestionOfAnotherSetIsNotSavedAndThePageSaysSo() {
        long otherSet = QuizFixtures.publishedSetWithEveryType("Other quiz " + System.nanoTime());
        long foreign = QuizFixtures.questionIds(otherSet).get(0);
        learner.postForm("/attempts/" + attempt + "/page", Map.of("shown", List.of(foreign, ids.get(0)),
                "q" + foreign, "Nobody", "q" + ids.get(0), "Nobody", "go", "1")).then().statusCode(303)
                .header("Location", endsWith("?page=1&notice=stale"));
        learner.get("/attempts/" + attempt + "?page=1&notice=stale").then().statusCode(200)
                .body(containsString("were not saved"));
        assertNull(QuizAttempts.answer(attempt, foreign));
        assertEquals(List.of("Nobody"), QuizAttempts.answer(attempt, ids.get(0)).response);
    }

    @Test
    void aQuestionRejectedAfterTheStartIsNoLongerSavedOrScored() {
        long rejected = ids.get(0);
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>findById(rejected).reviewStatus =
                ReviewStatus.REJECTED);
        learner.postForm("/attempts/" + attempt + "/page", Map.of("shown", rejected, "q" + rejected, "The hill clans",
                "go", "1")).then().statusCode(303).header("Location", endsWith("notice=stale"));
        submitWithFirstRight();
        learner.get("/attempts/" + attempt + "/result").then().body(containsString("0 / 7"));
    }

    @Test
    void unreadablePageNumbersAndQuestionIdsAreIgnored() {
        learner.postForm("/attempts/" + attempt + "/page", Map.of("go", "next!", "page", "x", "check", "?",
                "shown", "abc", "q" + ids.get(1), "True")).then().statusCode(303)
                .header("Location", endsWith("/attempts/" + attempt + "?page=1"));
        assertEquals(List.of("True"), QuizAttempts.answer(attempt, ids.get(1)).response);
    }

    @Test
    void anotherLearnersPostsAreNotFoundAndChangeNothing() {
        BrowserSession other = BrowserSession.learner("intruder");
        other.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(0), "Nobody")).then().statusCode(404);
        other.postForm("/attempts/" + attempt + "/page", Map.of("q" + ids.get(0), "Nobody")).then().statusCode(404);
        assertEquals(List.of(), QuizAttempts.answer(attempt, ids.get(0)).response);
    }
}
