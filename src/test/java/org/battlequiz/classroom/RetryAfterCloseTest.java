package org.battlequiz.classroom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.Attempt;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/**
 * "Retry the ones I got wrong" starts a practice attempt while the assignment is open, and after it offers study of
 * exactly that attempt's wrong items.
 */
@QuarkusTest
class RetryAfterCloseTest {
    private static final String RETRY = "Retry the ones I got wrong";
    private static final String STUDY = "Study the ones I got wrong";

    private record Taken(BrowserSession learner, long assignmentId, long attemptId) {
    }

    private static Taken submittedUnderAnOpenAssignment() {
        return submittedUnderAnOpenAssignment(false);
    }

    /**
     * A learner's attempt at a set assigned to their class and open now, submitted with no answer or with only the
     * true-false and numeric items right (the first item is pending, so not asked).
     */
    private static Taken submittedUnderAnOpenAssignment(boolean twoRight) {
        Teachers.Account owner = Teachers.teacher("closer");
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        long classId = ClassFixtures.createClass(owner.session(), "Class " + System.nanoTime());
        BrowserSession learner = Teachers.learner("retrier").session();
        ClassFixtures.join(learner, classId);
        Instant now = Instant.now();
        long assignmentId = ClassFixtures.assign(owner.session(), setId, classId, now.minus(Duration.ofDays(2)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        long attemptId = AssignmentAccessTest.start(learner, setId);
        List<Long> ids = QuizFixtures.questionIds(setId);
        Map<String, String> answers = twoRight ? Map.of("q" + ids.get(1), "False", "q" + ids.get(3), "1900") : Map.of();
        learner.postForm("/attempts/" + attemptId + "/submit", answers).then().statusCode(303);
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
                .body(containsString("href=\"/study/attempt-" + t.attemptId() + "\""));
        t.learner().postForm("/attempts/" + t.attemptId() + "/retry", Map.of()).then().statusCode(303)
                .header("Location", endsWith("/result?notice=retry_study"));
        t.learner().get("/attempts/" + t.attemptId() + "/result?notice=retry_study").then().statusCode(200)
                .body(containsString("This assignment has closed, so no new attempt can start"));
        assertEquals(0L, practiceAttempts(t.attemptId()));
        t.learner().get("/study/attempt-" + t.attemptId()).then().statusCode(200);
    }

    @Test
    void afterTheCloseStudyOpensExactlyTheItemsWrongInThatAttemptAndNoOtherMistakes() {
        Taken t = submittedUnderAnOpenAssignment(true);
        long elsewhere = QuizFixtures.publishedSet("Elsewhere " + System.nanoTime(), List.of(new QuestionContent(
                QuestionType.CLOZE, "Elsewhere the ford was held by ____.", List.of(), List.of(), List.of("Nobody"),
                null, null, "Elsewhere line", "test", null, "t")));
        long other = AssignmentAccessTest.start(t.learner(), elsewhere);
        t.learner().postForm("/attempts/" + other + "/submit", Map.of()).then().statusCode(303);
        close(t.assignmentId());
        String deck = "/study/attempt-" + t.attemptId();
        List<String> expected = List.of(2, 4, 5, 6, 7).stream().map(i -> QuizFixtures.EVERY_TYPE.get(i).source())
                .toList();
        assertTrue(page(t.learner(), "/study/mistakes").contains("<dd>" + (expected.size() + 1) + "</dd>"));

        List<String> studied = new ArrayList<>();
        String page = page(t.learner(), deck);
        assertTrue(page.contains("<dd>" + expected.size() + "</dd>"), page);
        while (page.contains("Show answer")) {
            Matcher card = Pattern.compile("action=\"" + deck + "/cards/(\\d+)\"").matcher(page);
            assertTrue(card.find(), page);
            String back = page(t.learner(), deck + "/cards/" + card.group(1));
            assertFalse(back.contains("Elsewhere line"), "another attempt's mistake");
            expected.stream().filter(back::contains).forEach(studied::add);
            t.learner().postForm(deck + "/cards/" + card.group(1), Map.of("rating", "GOOD", "review", 0)).then()
                    .statusCode(303).header("Location", endsWith(deck));
            page = page(t.learner(), deck);
        }
        assertEquals(expected, studied);
        assertTrue(page.contains("You have gone through every card"));

        BrowserSession stranger = Teachers.learner("stranger").session();
        stranger.get(deck).then().statusCode(404);
        long open = AssignmentAccessTest.start(stranger, elsewhere);
        stranger.get("/study/attempt-" + open).then().statusCode(404);
        t.learner().get("/study/attempt-" + open).then().statusCode(404);
    }

    private static String page(BrowserSession learner, String path) {
        return learner.get(path).then().statusCode(200).extract().asString();
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
