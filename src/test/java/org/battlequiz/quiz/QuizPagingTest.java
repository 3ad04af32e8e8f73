package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.junit.jupiter.api.Test;

/** One question per page: progress, Back/Next/jump saving the page, script autosave, resuming where one left off. */
@QuarkusTest
class QuizPagingTest extends StartedAttemptTest {
    private String page(String query) {
        return "/attempts/" + attempt + query;
    }

    @Test
    void aSetWithoutALayoutShowsOneQuestionPerPageWithProgressAndNavigation() {
        learner.get(page("")).then().statusCode(200)
                .body(containsString("Question 1 of 8"))
                .body(containsString("name=\"q" + ids.get(0) + "\""))
                .body(not(containsString("name=\"q" + ids.get(1) + "\"")))
                .body(containsString("name=\"go\" value=\"2\""))
                .body(not(containsString(">Back<")))
                .body(containsString("aria-current=\"step\" aria-label=\"Question 1\""))
                .body(containsString("<script src=\"/js/quiz.js\" defer></script>"));
        learner.get(page("?page=8")).then().statusCode(200).body(containsString("Question 8 of 8"))
                .body(containsString("Not answered yet: questions 1, 2, 3, 4, 5, 6, 7, 8."))
                .body(containsString("name=\"finish\" value=\"1\">Finish attempt</button>"))
                .body(not(containsString("Submit answers"))).body(not(containsString("/submit\"")))
                .body(containsString(">Back<"))
                .body(not(containsString(">Next<")));
        learner.get(page("?page=99")).then().statusCode(200).body(containsString("Question 8 of 8"));
    }

    @Test
    void nextSavesThePageAndAResumedAttemptOpensOnTheLastPageWithItsAnswers() {
        learner.postForm(page("/page"), Map.of("page", "1", "shown", ids.get(0), "q" + ids.get(0), "The hill clans",
                "go", "2")).then().statusCode(303).header("Location", endsWith(page("?page=2")));
        learner.postForm(page("/page"), Map.of("page", "2", "shown", ids.get(1), "q" + ids.get(1), "False",
                "go", "3")).then().statusCode(303);

        assertEquals(attempt, QuizAttempts.start(learner, setId), "starting again resumes");
        learner.get(page("")).then().statusCode(200).body(containsString("Question 3 of 8"))
                .body(containsString("aria-label=\"Question 1, answered\""))
                .body(containsString("aria-label=\"Question 2, answered\""))
                .body(containsString("2 answered"));
        learner.get(page("?page=8")).then().body(containsString("Not answered yet: questions 3, 4, 5, 6, 7, 8."));
        learner.get(page("?page=1")).then()
                .body(containsString("value=\"The hill clans\" checked"))
                .body(not(containsString("value=\"Nobody\" checked")));
    }

    @Test
    void everyKindOfAnswerComesBackFilledIn() {
        learner.postForm(page("/page"), Map.of("shown", List.of(ids.get(5), ids.get(6), ids.get(7)),
                "q" + ids.get(5) + "-0", "The hill clans", "q" + ids.get(5) + "-1", "The river league",
                "q" + ids.get(6) + "-0", "3", "q" + ids.get(6) + "-1", "1", "q" + ids.get(6) + "-2", "2",
                "q" + ids.get(7), "Penaflor", "go", "6")).then().statusCode(303);
        learner.get(page("?page=6")).then().body(containsString("<option value=\"The hill clans\" selected>"));
        String ordering = learner.get(page("?page=7")).then().extract().asString();
        assertEquals(3, ordering.split("selected>", -1).length - 1, "a saved position for each item");
        learner.get(page("?page=8")).then().body(containsString("value=\"Penaflor\""));
    }

    @Test
    void clearingEveryBoxOnAPageSavesTheAnswerAsCleared() {
        long multi = ids.get(2);
        learner.postForm(page("/page"), Map.of("shown", multi, "q" + multi, List.of("The river league"), "go", "3"));
        learner.get(page("?page=3")).then().body(containsString("value=\"The river league\" checked"));
        learner.postForm(page("/page"), Map.of("shown", multi, "go", "3")).then().statusCode(303);
        learner.get(page("?page=3")).then().body(not(containsString("checked")));
    }

    @Test
    void theScriptsAutosaveKeepsAnAnswerAndThePageWithoutNavigating() {
        learner.postForm(page("/answers"), Map.of("page", "4", "shown", ids.get(3), "q" + ids.get(3), "1 900"))
                .then().statusCode(204);
        learner.get(page("")).then().body(containsString("Question 4 of 8")).body(containsString("value=\"1 900\""));
        learner.postForm(page("/submit"), Map.of()).then().statusCode(303);
        learner.get(page("/result")).then().body(containsString("1 / 8"));
    }

    @Test
    void saveForLaterOnTheAllOnOnePageLayoutKeepsAnswersAndSaysSo() {
        long allOnOne = QuizFixtures.publishedSetWithOptions("One page " + System.nanoTime(),
                Map.of("layout", "ALL_ON_ONE_PAGE"));
        long id = QuizAttempts.start(learner, allOnOne);
        long first = QuizFixtures.questionIds(allOnOne).get(0);
        learner.postForm("/attempts/" + id + "/page", Map.of("q" + first, "Nobody", "later", "1")).then()
                .statusCode(303).header("Location", endsWith("notice=saved"));
        learner.get("/attempts/" + id + "?notice=saved").then().body(containsString("Your answers are saved"))
                .body(containsString("value=\"Nobody\" checked")).body(not(containsString("Question 1 of")));
        long rows = QuarkusTransaction.requiringNew().call(() ->
                AttemptAnswer.count("attempt.id = ?1 and fraction is null", id));
        assertEquals(8, rows, "saved, not graded before submit");
    }

    @Test
    void finishOnTheAllOnOnePageLayoutLeadsToTheSummaryWithoutSubmitting() {
        long allOnOne = QuizFixtures.publishedSetWithOptions("One page finish " + System.nanoTime(),
                Map.of("layout", "ALL_ON_ONE_PAGE"));
        long id = QuizAttempts.start(learner, allOnOne);
        long first = QuizFixtures.questionIds(allOnOne).get(0);
        learner.get("/attempts/" + id).then().statusCode(200)
                .body(containsString("name=\"finish\" value=\"1\">Finish attempt</button>"))
                .body(not(containsString("/attempts/" + id + "/submit")))
                .body(not(containsString("Submit answers")));
        learner.postForm("/attempts/" + id + "/page", Map.of("q" + first, "Nobody", "finish", "1")).then()
                .statusCode(303).header("Location", endsWith("/attempts/" + id + "/summary"));
        assertTrue(QuizAttempts.stored(id).isOpen(), "finishing does not submit");
        learner.get("/attempts/" + id + "/summary").then().statusCode(200)
                .body(containsString("<dt>Answered</dt><dd>1</dd>"))
                .body(containsString("href=\"/attempts/" + id + "#question-1\">Question 1</a>"))
                .body(containsString("action=\"/attempts/" + id + "/submit\""));
    }
}
