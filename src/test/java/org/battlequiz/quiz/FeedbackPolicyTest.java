package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Study cards, mistakes and downloads keep a set's answers while its rule or an open attempt holds them. */
@QuarkusTest
class FeedbackPolicyTest {

    private static long shippedSet() {
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>find(
                "owner is null and status = ?1 order by id", SetStatus.PUBLISHED).firstResult().id);
    }

    private static Map<String, Object> setFeedback(long setId, String feedback) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = QuestionSet.findById(setId);
            Map<String, Object> before = new HashMap<>(set.options);
            Map<String, Object> options = new HashMap<>(set.options);
            options.put("feedback", feedback);
            set.options = options;
            return before;
        });
    }

    private static void restore(long setId, Map<String, Object> options) {
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).options = options);
    }

    @Test
    void aSetWhoseAnswersWaitForItsClosingHasNoStudyDeckWhilePublished() {
        long setId = shippedSet();
        BrowserSession learner = BrowserSession.learner("eager");
        learner.get("/study/set-" + setId).then().statusCode(200);
        Map<String, Object> before = setFeedback(setId, "AFTER_CLOSE");
        try {
            learner.get("/study").then().statusCode(200).body(not(containsString("/study/set-" + setId + "\"")));
            learner.get("/study/set-" + setId).then().statusCode(403).body(containsString("not shown yet"));
        } finally {
            restore(setId, before);
        }
        learner.get("/study/set-" + setId).then().statusCode(200);
    }

    @Test
    void noDeckShowsASetsAnswersWhileTheLearnersAttemptOnItIsOpen() {
        long setId = shippedSet();
        BrowserSession learner = BrowserSession.learner("peeker");
        long attemptId = QuizAttempts.start(learner, setId);
        learner.get("/study").then().statusCode(200).body(not(containsString("/study/set-" + setId + "\"")));
        learner.get("/study/set-" + setId).then().statusCode(403);
        learner.postForm("/study/set-" + setId + "/cards/1", Map.of("rating", "GOOD", "review", "0"))
                .then().statusCode(403);
        learner.postForm("/attempts/" + attemptId + "/submit", Map.of()).then().statusCode(303);
        learner.get("/study/set-" + setId).then().statusCode(200);
    }

    @Test
    void anotherTeacherCannotDownloadAPublishedSetWhoseAnswersAreHeld() {
        Teachers.Account owner = Teachers.teacher("keeper");
        Teachers.Account rival = Teachers.teacher("reader");
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        rival.session().get("/sets/" + setId + "/export?format=gift").then().statusCode(200);
        setFeedback(setId, "AFTER_CLOSE");
        rival.session().get("/sets/" + setId + "/export?format=gift").then().statusCode(403);
        owner.session().get("/sets/" + setId + "/export?format=gift").then().statusCode(200);
    }
}
