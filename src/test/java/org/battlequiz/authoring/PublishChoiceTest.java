package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.AttemptAnswer;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Publishing asks what to do with unreviewed items; learners only ever see accepted ones. */
@QuarkusTest
class PublishChoiceTest {

    @Test
    void thePublishPageListsTheUnreviewedItemsAndCountsWhatLearnersWillSee() {
        Teachers.Account teacher = Teachers.teacher("chooser");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        int accepted = QuizFixtures.EVERY_TYPE.size() - 1;
        teacher.session().get("/teach/sets/" + setId + "/publish").then().statusCode(200)
                .body(containsString("1 item has not been reviewed yet"))
                .body(containsString(QuizFixtures.EVERY_TYPE.get(0).prompt()))
                .body(containsString("<strong>" + accepted + " items</strong>"))
                .body(containsString("id=\"pending-keep\" type=\"radio\" name=\"pending\" value=\"keep\" checked"));
    }

    @Test
    void byDefaultOnlyAcceptedItemsArePublishedAndTheOthersStayInReview() {
        Teachers.Account teacher = Teachers.teacher("keeper");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        teacher.session().postForm("/teach/sets/" + setId + "/status", Map.of("action", "publish")).then().statusCode(303);
        assertEquals(List.of(ReviewStatus.PENDING), statuses(setId).subList(0, 1));
        int accepted = QuizFixtures.EVERY_TYPE.size() - 1;
        BrowserSession learner = BrowserSession.learner("seesaccepted");
        learner.get("/sets/" + setId).then().statusCode(200)
                .body(containsString("<dd>" + accepted + "</dd>"));
        long attempt = start(learner, setId);
        List<Long> drawn = QuarkusTransaction.requiringNew().call(() -> AttemptAnswer.<AttemptAnswer>list(
                "attempt.id", attempt).stream().map(a -> a.question.id).toList());
        assertEquals(accepted, drawn.size());
        learner.get("/attempts/" + attempt + "?page=1").then().statusCode(200)
                .body(not(containsString(QuizFixtures.EVERY_TYPE.get(0).prompt())));
    }

    @Test
    void theTeacherMayAcceptTheUnreviewedItemsWithThePublication() {
        Teachers.Account teacher = Teachers.teacher("acceptall");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        teacher.session().postForm("/teach/sets/" + setId + "/status", Map.of("action", "publish", "pending", "accept"))
                .then().statusCode(303);
        assertEquals(0, statuses(setId).stream().filter(s -> s == ReviewStatus.PENDING).count());
        assertEquals(SetStatus.PUBLISHED, QuarkusTransaction.requiringNew()
                .call(() -> QuestionSet.<QuestionSet>findById(setId).status));
    }

    @Test
    void aSetWithNothingAcceptedIsNotPublishedUnlessTheTeacherAcceptsItsItems() {
        Teachers.Account teacher = Teachers.teacher("nothingyet");
        long setId = Teachers.ownedSet(teacher.username(), SetStatus.DRAFT);
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>list("questionSet.id", setId)
                .forEach(q -> q.reviewStatus = ReviewStatus.PENDING));
        teacher.session().postForm("/teach/sets/" + setId + "/status", Map.of("action", "publish")).then()
                .statusCode(409).body(containsString("Accept at least one item before publishing"));
        assertEquals(SetStatus.DRAFT, QuarkusTransaction.requiringNew()
                .call(() -> QuestionSet.<QuestionSet>findById(setId).status));
    }

    private static List<ReviewStatus> statuses(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> Question.<Question>list(
                "questionSet.id = ?1 order by position", setId).stream().map(q -> q.reviewStatus).toList());
    }

    private static long start(BrowserSession learner, long setId) {
        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
