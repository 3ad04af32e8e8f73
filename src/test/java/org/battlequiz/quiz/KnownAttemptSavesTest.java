package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saves of an attempt saved before on this instance take one statement; it must refuse, write nothing and leave
 * the decision to the long way whenever the attempt is no longer open, owned, in time or at the questions read.
 */
@QuarkusTest
class KnownAttemptSavesTest extends StartedAttemptTest {
    @Inject
    KnownAttempts known;

    private void autosave(Map<String, Object> form, int status) {
        learner.postForm("/attempts/" + attempt + "/answers", form).then().statusCode(status);
    }

    @BeforeEach
    void saveOnce() {
        autosave(Map.of("q" + ids.get(0), "Nobody", "page", "1"), 204);
        assertNotNull(known.get(attempt), "the first save makes the attempt known");
    }

    @Test
    void aKnownAttemptSavesChangedAnswersAndThePageAndKeepsUnchangedOnesAsTheyWere() {
        Instant firstSaved = QuizAttempts.answer(attempt, ids.get(0)).answeredAt;
        autosave(Map.of("q" + ids.get(0), "Nobody", "q" + ids.get(1), "True", "page", "2"), 204);
        assertEquals(List.of("True"), QuizAttempts.answer(attempt, ids.get(1)).response);
        assertEquals(firstSaved, QuizAttempts.answer(attempt, ids.get(0)).answeredAt, "an unchanged answer");
        assertEquals(2, QuizAttempts.stored(attempt).currentPage);
        autosave(Map.of("q" + ids.get(0), "The hill clans", "page", "99"), 204);
        assertEquals(List.of("The hill clans"), QuizAttempts.answer(attempt, ids.get(0)).response);
        assertEquals(ids.size(), QuizAttempts.stored(attempt).currentPage, "the page is kept within the attempt");
    }

    @Test
    void afterTheSubmitAKnownAttemptRefusesTheSaveAndKeepsItsAnswers() {
        learner.postForm("/attempts/" + attempt + "/submit", Map.of()).then().statusCode(303);
        autosave(Map.of("q" + ids.get(0), "The hill clans"), 409);
        assertEquals(List.of("Nobody"), QuizAttempts.answer(attempt, ids.get(0)).response);
    }

    @Test
    void pastTheDeadlineAKnownAttemptIsClosedAndTheLateAnswerIsNotSaved() {
        QuizAttempts.setDeadline(attempt, Instant.now().minus(1, ChronoUnit.MINUTES));
        autosave(Map.of("q" + ids.get(0), "The hill clans"), 409);
        assertEquals(List.of("Nobody"), QuizAttempts.answer(attempt, ids.get(0)).response);
        assertEquals(AttemptState.OVERDUE, QuizAttempts.stored(attempt).state);
    }

    @Test
    void anotherLearnerCannotSaveIntoAKnownAttempt() {
        BrowserSession.learner("intruder").postForm("/attempts/" + attempt + "/answers",
                Map.of("q" + ids.get(0), "The hill clans")).then().statusCode(404);
        assertEquals(List.of("Nobody"), QuizAttempts.answer(attempt, ids.get(0)).response);
    }

    @Test
    void aQuestionRejectedAfterTheFirstSaveIsNoLongerSaved() {
        long rejected = ids.get(1);
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>findById(rejected).reviewStatus =
                ReviewStatus.REJECTED);
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + rejected, "True")).then()
                .statusCode(200).body(containsString("\"saved\":true"));
        assertEquals(List.of(), QuizAttempts.answer(attempt, rejected).response);
    }

    @Test
    void aCheckedAnswerOfAKnownAttemptStaysAsItWasChecked() {
        long feedbackSet = QuizFixtures.publishedSetWithOptions("Known checks " + System.nanoTime(),
                Map.of("feedback", "IMMEDIATELY"));
        long first = QuizFixtures.questionIds(feedbackSet).get(0);
        attempt = QuizAttempts.start(learner, feedbackSet);
        autosave(Map.of("q" + first, "Nobody"), 204);
        learner.postForm("/attempts/" + attempt + "/page", Map.of("page", "1", "shown", first, "q" + first, "Nobody",
                "check", first)).then().statusCode(303);
        autosave(Map.of("q" + first, "The hill clans"), 204);
        assertEquals(List.of("Nobody"), QuizAttempts.answer(attempt, first).response);
    }
}
