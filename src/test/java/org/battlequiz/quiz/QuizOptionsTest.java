package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** The quiz honours a set's options: questions per attempt (unseen first), attempts allowed, feedback timing. */
@QuarkusTest
class QuizOptionsTest {

    private static long setWithOptions(Map<String, Object> options) {
        return QuizFixtures.publishedSetWithOptions("Options quiz " + System.nanoTime(), options);
    }

    private static long start(BrowserSession learner, long setId) {
        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static Set<String> questionFields(BrowserSession learner, long attempt) {
        String page = learner.get("/attempts/" + attempt).then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("name=\"(q\\d+)").matcher(page);
        Set<String> fields = new HashSet<>();
        while (m.find()) {
            fields.add(m.group(1));
        }
        return fields;
    }

    @Test
    void eachAttemptDrawsUnseenQuestionsUntilTheAttemptsAreUsed() {
        long setId = setWithOptions(Map.of("questionsPerAttempt", 3, "attemptsAllowed", 2, "shuffleQuestions", true,
                "shuffleOptions", true, "layout", "ALL_ON_ONE_PAGE"));
        BrowserSession learner = BrowserSession.learner("drawn");
        long first = start(learner, setId);
        Set<String> firstQuestions = questionFields(learner, first);
        assertEquals(3, firstQuestions.size(), firstQuestions.toString());
        learner.postForm("/attempts/" + first + "/submit", Map.of()).then().statusCode(303);
        learner.get("/attempts/" + first + "/result").then().statusCode(200).body(containsString("0 / 3"));
        long second = start(learner, setId);
        Set<String> secondQuestions = questionFields(learner, second);
        assertEquals(3, secondQuestions.size());
        assertTrue(secondQuestions.stream().noneMatch(firstQuestions::contains), "unseen questions first");
        learner.postForm("/attempts/" + second + "/submit", Map.of()).then().statusCode(303);
        learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(409)
                .body(containsString("used all 2 attempts"));
    }

    @Test
    void rightAnswersAndSourcesWaitForTheSetToCloseWhenTheTeacherSaysSo() {
        long setId = setWithOptions(Map.of("feedback", "AFTER_CLOSE"));
        BrowserSession learner = BrowserSession.learner("patient");
        long attempt = start(learner, setId);
        learner.postForm("/attempts/" + attempt + "/submit", Map.of()).then().statusCode(303);
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200)
                .body(containsString("Shown when the quiz closes")).body(not(containsString("Quoted line for")))
                .body(not(containsString("badge-wrong"))).body(containsString("badge-held"));
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(setId).status = SetStatus.CLOSED);
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200)
                .body(containsString("Quoted line for")).body(not(containsString("Shown when the quiz closes")));
    }
}
