package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The server keeps the time limit: deadline at start, saves refused after it, overdue attempts submitted once. */
@QuarkusTest
class QuizTimeLimitTest {
    @Inject
    AttemptService attempts;

    private long setId;
    private List<Long> ids;
    private BrowserSession learner;

    @BeforeEach
    void timedSet() {
        setId = QuizFixtures.publishedSetWithOptions("Timed quiz " + System.nanoTime(), Map.of("timeLimitMinutes", 5));
        ids = QuizFixtures.questionIds(setId);
        learner = BrowserSession.learner("timed");
    }

    /** Saves a right answer to the first question, then moves the deadline a minute into the past. */
    private long attemptPastItsDeadline() {
        long attempt = QuizAttempts.start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(0), "The hill clans"))
                .then().statusCode(204);
        QuizAttempts.setDeadline(attempt, Instant.now().minus(1, ChronoUnit.MINUTES));
        return attempt;
    }

    @Test
    void anAttemptGetsItsDeadlineAtStartAndThePageShowsTheTimeLeft() {
        long attempt = QuizAttempts.start(learner, setId);
        Attempt stored = QuizAttempts.stored(attempt);
        assertEquals(Duration.ofMinutes(5), Duration.between(stored.startedAt, stored.deadline));
        String page = learner.get("/attempts/" + attempt).then().statusCode(200)
                .body(containsString("Time left")).body(containsString("aria-live=\"polite\""))
                .extract().asString();
        Matcher seconds = Pattern.compile("data-seconds-left=\"(\\d+)\"").matcher(page);
        assertTrue(seconds.find(), "seconds left for the script's countdown");
        long left = Long.parseLong(seconds.group(1));
        assertTrue(left > 240 && left <= 300, "seconds left: " + left);
    }

    @Test
    void anUntimedSetHasNoDeadlineAndNoTimer() {
        long untimed = QuizFixtures.publishedSetWithEveryType("Untimed " + System.nanoTime());
        long attempt = QuizAttempts.start(learner, untimed);
        assertNull(QuizAttempts.stored(attempt).deadline);
        learner.get("/attempts/" + attempt).then().body(org.hamcrest.Matchers.not(containsString("Time left")));
    }

    @Test
    void aSaveAfterTheDeadlineIsRefusedAndTheAttemptIsSubmittedWithItsSavedAnswers() {
        long attempt = attemptPastItsDeadline();
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(1), "False")).then()
                .statusCode(409).body(containsString("/attempts/" + attempt + "/result"));
        Attempt closed = QuizAttempts.stored(attempt);
        assertEquals(AttemptState.OVERDUE, closed.state);
        assertEquals(1.0, closed.score);
        assertEquals(closed.deadline, closed.submittedAt, "submitted as of the deadline");
        assertEquals(List.of(), QuizAttempts.answer(attempt, ids.get(1)).response, "the late answer was not saved");
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200).body(containsString("1 / 8"))
                .body(containsString("Time ran out"));
    }

    @Test
    void aLateSubmitScoresOnlyWhatWasSavedInTime() {
        long attempt = attemptPastItsDeadline();
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(1), "False")).then()
                .statusCode(303).header("Location", endsWith("/result?notice=closed"));
        assertEquals(AttemptState.OVERDUE, QuizAttempts.stored(attempt).state);
        assertEquals(1.0, QuizAttempts.stored(attempt).score);
    }

    @Test
    void openingAnOverdueAttemptSubmitsItAndShowsTheResult() {
        long attempt = attemptPastItsDeadline();
        learner.get("/attempts/" + attempt).then().statusCode(303).header("Location", endsWith("/result"));
        assertEquals(AttemptState.OVERDUE, QuizAttempts.stored(attempt).state);
    }

    @Test
    void theHistoryPageSubmitsOverdueAttemptsBeforeListingThem() {
        long attempt = attemptPastItsDeadline();
        learner.get("/history").then().statusCode(200).body(containsString("/attempts/" + attempt + "/result"));
        assertEquals(AttemptState.OVERDUE, QuizAttempts.stored(attempt).state);
    }

    @Test
    void theSweepSubmitsAttemptsWhoseLearnerNeverCameBackAndIsIdempotent() {
        long attempt = attemptPastItsDeadline();
        long stillRunning = QuizAttempts.start(BrowserSession.learner("running"), setId);
        attempts.closeAllDue();
        Attempt closed = QuizAttempts.stored(attempt);
        assertEquals(AttemptState.OVERDUE, closed.state);
        assertEquals(AttemptState.IN_PROGRESS, QuizAttempts.stored(stillRunning).state);
        attempts.closeAllDue();
        Attempt again = QuizAttempts.stored(attempt);
        assertEquals(closed.version, again.version, "a second sweep changes nothing");
        assertEquals(closed.score, again.score);
    }

    @Test
    void answersArrivingWithinTheGraceAfterTheDeadlineStillCountAndTheAttemptIsOverdue() {
        long attempt = QuizAttempts.start(learner, setId);
        QuizAttempts.setDeadline(attempt, Instant.now().minus(AttemptService.GRACE.dividedBy(2)));
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(0), "The hill clans")).then()
                .statusCode(303).header("Location", endsWith("/result"));
        Attempt submitted = QuizAttempts.stored(attempt);
        assertEquals(AttemptState.OVERDUE, submitted.state, "time ran out: auto-submitted");
        assertEquals(submitted.deadline, submitted.submittedAt, "submitted as of the deadline");
        assertEquals(1.0, submitted.score, "the answer posted within the grace counts");
    }
}
