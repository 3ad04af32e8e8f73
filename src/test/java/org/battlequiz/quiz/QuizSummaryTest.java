package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.junit.jupiter.api.Test;

/** "Finish attempt" leads to a summary (answered, unanswered, flagged, time left) before the one real submit. */
@QuarkusTest
class QuizSummaryTest extends StartedAttemptTest {
    private String path(String rest) {
        return "/attempts/" + attempt + rest;
    }

    private void answerFirstTwoAndFlagTheSecond() {
        learner.postForm(path("/page"), Map.of("page", "1", "shown", ids.get(0), "q" + ids.get(0), "The hill clans",
                "go", "2")).then().statusCode(303);
        learner.postForm(path("/page"), Map.of("page", "2", "shown", ids.get(1), "q" + ids.get(1), "False",
                "flag", ids.get(1))).then().statusCode(303)
                .header("Location", endsWith(path("?page=2#flag-" + ids.get(1))));
    }

    @Test
    void finishAttemptSavesThePageAndLeadsToTheSummaryWithoutSubmitting() {
        learner.get(path("?page=3")).then().statusCode(200)
                .body(containsString("name=\"finish\" value=\"1\">Finish attempt</button>"))
                .body(not(containsString("formaction=\"/attempts/" + attempt + "/submit\">Finish attempt")));
        learner.postForm(path("/page"), Map.of("page", "3", "shown", ids.get(2), "q" + ids.get(2), "The sea kings",
                "finish", "1")).then().statusCode(303).header("Location", endsWith(path("/summary")));
        assertTrue(QuizAttempts.stored(attempt).isOpen(), "finishing does not submit");
        assertEquals(java.util.List.of("The sea kings"), QuizAttempts.answer(attempt, ids.get(2)).response,
                "the answer typed on the page is kept");
    }

    @Test
    void theSummaryCountsAnsweredUnansweredAndFlaggedQuestionsAndLinksBackToEach() {
        answerFirstTwoAndFlagTheSecond();
        String page = learner.get(path("/summary")).then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body(containsString("<dt>Answered</dt><dd>2</dd>"))
                .body(containsString("<dt>Not answered</dt><dd>6</dd>"))
                .body(containsString("<dt>Flagged for review</dt><dd>1</dd>"))
                .body(not(containsString("Time left")))
                .body(containsString("href=\"/attempts/" + attempt + "?page=2\">Question 2</a>"))
                .body(containsString("href=\"/attempts/" + attempt + "?page=2\">Back to the questions</a>"))
                .body(containsString("action=\"/attempts/" + attempt + "/submit\""))
                .body(containsString("Who won the battle at the ford?"))
                .extract().asString();
        String second = page.substring(page.indexOf("?page=2\">Question 2"), page.indexOf("?page=3\">Question 3"));
        assertTrue(second.contains("Answered") && second.contains("Flagged for review"), second);
        String third = page.substring(page.indexOf("?page=3\">Question 3"), page.indexOf("?page=4\">Question 4"));
        assertTrue(third.contains("Not answered") && !third.contains("Flagged"), third);
    }

    @Test
    void aFlagShowsOnTheQuestionAndInTheNavigationUntilItIsRemovedAndSubmittingIgnoresIt() {
        answerFirstTwoAndFlagTheSecond();
        learner.get(path("?page=2")).then().statusCode(200)
                .body(containsString("Question 2 is flagged for review."))
                .body(containsString("name=\"unflag\" value=\"" + ids.get(1) + "\""))
                .body(containsString("aria-label=\"Question 2, answered, flagged for review\""));
        assertTrue(QuizAttempts.answer(attempt, ids.get(1)).flagged);

        learner.postForm(path("/page"), Map.of("page", "2", "shown", ids.get(1), "q" + ids.get(1), "False",
                "unflag", ids.get(1))).then().statusCode(303);
        learner.postForm(path("/page"), Map.of("page", "2", "unflag", ids.get(1))).then().statusCode(303);
        assertFalse(QuizAttempts.answer(attempt, ids.get(1)).flagged, "removing a flag twice leaves it removed");
        learner.get(path("?page=2")).then().body(containsString("name=\"flag\" value=\"" + ids.get(1) + "\""))
                .body(containsString("aria-label=\"Question 2, answered\""));
        learner.get(path("/summary")).then().body(containsString("<dt>Flagged for review</dt><dd>0</dd>"));
    }

    @Test
    void aTimedAttemptsSummaryStatesTheTimeLeft() {
        QuizAttempts.setDeadline(attempt, Instant.now().plusSeconds(305));
        learner.get(path("/summary")).then().statusCode(200).body(containsString("<dt>Time left</dt><dd>5 min"));
    }

    @Test
    void submittingFromTheSummaryTwiceScoresOnceAndTheSummaryThenShowsTheResult() {
        answerFirstTwoAndFlagTheSecond();
        learner.postForm(path("/submit"), Map.of()).then().statusCode(303)
                .header("Location", endsWith(path("/result")));
        learner.postForm(path("/submit"), Map.of()).then().statusCode(303)
                .header("Location", endsWith(path("/result?notice=closed")));
        Attempt scored = QuizAttempts.stored(attempt);
        assertEquals(AttemptState.SUBMITTED, scored.state);
        assertEquals(2.0, scored.score, "the answers saved before the summary are scored");
        learner.get(path("/summary")).then().statusCode(303).header("Location", endsWith(path("/result")));
        learner.postForm(path("/page"), Map.of("flag", ids.get(0))).then().statusCode(303)
                .header("Location", endsWith(path("/result?notice=closed")));
        assertFalse(QuizAttempts.answer(attempt, ids.get(0)).flagged, "a closed attempt is not flagged");
    }

    @Test
    void anotherLearnerCanNeitherSeeTheSummaryNorFlagAQuestion() {
        BrowserSession other = BrowserSession.learner("other");
        other.get(path("/summary")).then().statusCode(404).body(not(containsString("Who won the battle")));
        other.postForm(path("/page"), Map.of("page", "1", "flag", ids.get(0))).then().statusCode(404);
        assertFalse(QuizAttempts.answer(attempt, ids.get(0)).flagged);
    }

    @Test
    void flaggingAQuestionOfAnotherSetIsRefusedWithANotice() {
        learner.postForm(path("/page"), Map.of("page", "1", "flag", "987654321")).then().statusCode(303)
                .header("Location", containsString("notice=stale"));
        learner.postForm(path("/page"), Map.of("page", "1", "flag", "not-a-number")).then().statusCode(303);
    }
}
