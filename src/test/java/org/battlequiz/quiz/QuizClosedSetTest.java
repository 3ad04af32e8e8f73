package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** When a teacher closes or archives a set, its open attempts are submitted with their saved answers, once. */
@QuarkusTest
class QuizClosedSetTest {
    @Inject
    AttemptService attempts;

    private static void setStatus(long setId, SetStatus status) {
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).status = status);
    }

    @Test
    void anOpenAttemptOfAClosedSetIsSubmittedWhenOpenedAndRefusesLaterAnswers() {
        long setId = QuizFixtures.publishedSetWithEveryType("Closing quiz " + System.nanoTime());
        List<Long> ids = QuizFixtures.questionIds(setId);
        BrowserSession learner = BrowserSession.learner("closing");
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(0), "The hill clans"))
                .then().statusCode(204);
        setStatus(setId, SetStatus.CLOSED);

        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(1), "False"))
                .then().statusCode(409).body(containsString("/attempts/" + attempt + "/result"));
        Attempt closed = QuizAttempts.stored(attempt);
        assertEquals(AttemptState.SUBMITTED, closed.state);
        assertEquals(1.0, closed.score, "scored on the answer saved before the set closed");
        assertEquals(List.of(), QuizAttempts.answer(attempt, ids.get(1)).response, "the later answer was not saved");
        learner.get("/attempts/" + attempt).then().statusCode(303).header("Location", endsWith("/result"));
    }

    @Test
    void theSweepSubmitsOpenAttemptsOfArchivedSetsOnlyAndIsIdempotent() {
        long archived = QuizFixtures.publishedSetWithEveryType("Archived quiz " + System.nanoTime());
        long stillPublished = QuizFixtures.publishedSetWithEveryType("Running quiz " + System.nanoTime());
        long gone = QuizAttempts.start(BrowserSession.learner("archived"), archived);
        long running = QuizAttempts.start(BrowserSession.learner("running"), stillPublished);
        setStatus(archived, SetStatus.ARCHIVED);

        attempts.closeAllDue();
        Attempt closed = QuizAttempts.stored(gone);
        assertEquals(AttemptState.SUBMITTED, closed.state);
        assertEquals(0.0, closed.score);
        assertEquals(AttemptState.IN_PROGRESS, QuizAttempts.stored(running).state);
        attempts.closeAllDue();
        assertEquals(closed.version, QuizAttempts.stored(gone).version, "a second sweep changes nothing");
    }
}
