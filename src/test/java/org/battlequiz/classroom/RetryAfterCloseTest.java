package org.battlequiz.classroom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.Attempt;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** "Retry the ones I got wrong" starts a practice attempt while the assignment is open, and offers study after it. */
@QuarkusTest
class RetryAfterCloseTest {
    private static final String RETRY = "Retry the ones I got wrong";
    private static final String STUDY = "Study the ones I got wrong";

    private record Taken(BrowserSession learner, long assignmentId, long attemptId) {
    }

    /** A learner's attempt, submitted with no answer, at a set assigned to their class and open now. */
    private static Taken submittedUnderAnOpenAssignment() {
        Teachers.Account owner = Teachers.teacher("closer");
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        long classId = ClassFixtures.createClass(owner.session(), "Class " + System.nanoTime());
        BrowserSession learner = Teachers.learner("retrier").session();
        ClassFixtures.join(learner, classId);
        Instant now = Instant.now();
        long assignmentId = ClassFixtures.assign(owner.session(), setId, classId, now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        long attemptId = AssignmentAccessTest.start(learner, setId);
        learner.postForm("/attempts/" + attemptId + "/submit", Map.of()).then().statusCode(303);
        return new Taken(learner, assignmentId, attemptId);
    }

    private static void close(long assignmentId) {
        Instant now = Instant.now();
        ClassFixtures.setDates(assignmentId, now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofHours(1)));
    }

    @Test
    void whileTheAssignmentIsOpenTheRetryIsAPracticeAttempt() {
        Taken t = submittedUnderAnOpenAssignment();
        t.learner().get("/attempts/" + t.attemptId() + "/result").then().statusCode(200)
                .body(containsString(RETRY)).body(not(containsString(STUDY)));
        t.learner().postForm("/attempts/" + t.attemptId() + "/retry", Map.of()).then().statusCode(303)
                .header("Location", matchesPattern(".*/attempts/\\d+$"));
        assertEquals(1L, practiceAttempts(t.attemptId()));
    }

    @Test
    void afterTheCloseTheResultOffersStudyAndNoAttemptStarts() {
        Taken t = submittedUnderAnOpenAssignment();
        close(t.assignmentId());
        t.learner().get("/attempts/" + t.attemptId() + "/result").then().statusCode(200)
                .body(not(containsString(RETRY))).body(containsString(STUDY))
                .body(containsString("href=\"/study/mistakes\""));
        t.learner().postForm("/attempts/" + t.attemptId() + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/result?notice=retry_study"));
        t.learner().get("/attempts/" + t.attemptId() + "/result?notice=retry_study").then().statusCode(200)
                .body(containsString("This assignment has closed, so no new attempt can start"));
        assertEquals(0L, practiceAttempts(t.attemptId()));
        t.learner().get("/study/mistakes").then().statusCode(200);
    }

    @Test
    void aPracticeAttemptStartedBeforeTheCloseCannotBeRetriedAfterIt() {
        Taken t = submittedUnderAnOpenAssignment();
        String location = t.learner().postForm("/attempts/" + t.attemptId() + "/retry", Map.of()).then()
                .statusCode(303).extract().header("Location");
        long practice = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        t.learner().postForm("/attempts/" + practice + "/submit", Map.of()).then().statusCode(303);
        close(t.assignmentId());
        t.learner().postForm("/attempts/" + practice + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/result?notice=retry_study"));
        assertEquals(0L, practiceAttempts(practice));
    }

    private static long practiceAttempts(long retried) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count("retryOf.id", retried));
    }
}
