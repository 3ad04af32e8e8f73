package org.battlequiz.history;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.Attempt;
import org.battlequiz.quiz.AttemptAnswer;
import org.battlequiz.quiz.AttemptState;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/**
 * Ten seeded attempts by five learners on three items, with values worked out by hand: items 1 and 2 are right
 * in five attempts each and agree in eight of ten, so facility 50% and discrimination 0.6 (the third item, always
 * right, adds a constant to the rest of the test); item 3 has facility 100%, no discrimination and is flagged.
 */
@QuarkusTest
public class ClassResultsTest {
    private static final int[] FIRST = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
    private static final int[] SECOND = {1, 1, 1, 1, 0, 1, 0, 0, 0, 0};
    private static final String[] WRONG_PICKS = {"Ebro", "Ebro", "Tagus", "Ebro", "Tagus"};

    public static long seed(String owner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = new QuestionSet();
            set.title = "Seeded statistics " + System.nanoTime();
            set.status = SetStatus.PUBLISHED;
            set.owner = User.findByUsername(owner).orElseThrow();
            set.persist();
            Question first = Question.of(set, 0, new QuestionContent(QuestionType.SINGLE_CHOICE,
                    "Which river did the army cross?", List.of(), List.of("Ebro", "Douro", "Tagus"),
                    List.of("Douro"), null, null, null, null, null, null));
            Question second = Question.of(set, 1, new QuestionContent(QuestionType.TRUE_FALSE,
                    "The crossing took place at night.", List.of(), List.of("True", "False"), List.of("True"),
                    null, null, null, null, null, null));
            Question third = Question.of(set, 2, new QuestionContent(QuestionType.NUMERIC,
                    "=SUM(A1) How many boats were used?", List.of(), List.of(), List.of("12"), 0.0, null, null, null,
                    null, null));
            first.persist();
            second.persist();
            third.persist();
            int wrong = 0;
            for (int i = 0; i < 10; i++) {
                User learner = i % 2 == 0 ? User.create(BrowserSession.uniqueName("stat"), BrowserSession.PASSWORD,
                        Role.LEARNER) : User.<User>find("order by id desc").firstResult();
                Attempt attempt = new Attempt();
                attempt.user = learner;
                attempt.questionSet = set;
                attempt.state = AttemptState.SUBMITTED;
                attempt.submittedAt = Instant.parse("2026-03-01T10:00:00Z").plusSeconds(60L * i);
                attempt.score = (double) FIRST[i] + SECOND[i] + 1;
                attempt.maxScore = 3.0;
                attempt.persist();
                answer(attempt, first, FIRST[i], FIRST[i] == 1 ? "Douro" : WRONG_PICKS[wrong++]);
                answer(attempt, second, SECOND[i], SECOND[i] == 1 ? "True" : "False");
                answer(attempt, third, 1, "12");
            }
            return set.id;
        });
    }

    private static void answer(Attempt attempt, Question question, int fraction, String response) {
        AttemptAnswer answer = new AttemptAnswer();
        answer.attempt = attempt;
        answer.question = question;
        answer.response = new java.util.ArrayList<>(List.of(response));
        answer.fraction = (double) fraction;
        answer.persist();
    }

    @Test
    void thePageShowsFacilityDiscriminationPicksAndFlags() {
        Teachers.Account teacher = Teachers.teacher("statteacher");
        long setId = seed(teacher.username());
        teacher.session().get("/teach/sets/" + setId + "/results").then().statusCode(200)
                .body(containsString("<span class=\"stat-value\">5</span><span class=\"stat-label\">learners"))
                .body(containsString("<span class=\"stat-value\">10</span><span class=\"stat-label\">submitted"))
                .body(containsString("<dt>Facility</dt><dd>50%"))
                .body(containsString("<dt>Discrimination</dt><dd>0.6</dd>"))
                .body(containsString("<dt>Facility</dt><dd>100%"))
                .body(containsString("Ebro</th><td>3</td><td>30%"))
                .body(containsString("Tagus</th><td>2</td><td>20%"))
                .body(containsString("<td>5</td><td>50%"))
                .body(containsString("href=\"/teach/sets/" + setId + "/review#q"))
                .body(containsString("Too easy: facility over 70%"))
                .body(not(containsString("Too hard")));
    }

    @Test
    void theCsvHoldsTheSameValuesAndNoFormula() {
        Teachers.Account teacher = Teachers.teacher("csvteacher");
        long setId = seed(teacher.username());
        String csv = teacher.session().get("/teach/sets/" + setId + "/results.csv").then().statusCode(200)
                .header("Content-Disposition", containsString("attachment")).extract().asString();
        assertTrue(csv.startsWith("record,learner_or_item,attempt_or_option,submitted,score,max_score,percent,grade,"
                + "attempts,facility,discrimination,flags,picks,late\r\n"), csv);
        assertTrue(csv.contains("item,1. Which river did the army cross?,,,,,,,10,50,0.6,,,\r\n"), csv);
        assertTrue(csv.contains("option,1. Which river did the army cross?,Ebro,,,,30,,,,,,3,\r\n"), csv);
        assertTrue(csv.contains("item,3. =SUM(A1) How many boats were used?,,,,,,,10,100,,Too easy"), csv);
        assertTrue(java.util.regex.Pattern.compile("attempt,stat_\\w+,\\d+,2026-03-01T10:00:00Z,3,3,100,100,,,,,,no\r\n")
                .matcher(csv).find(), csv);
        assertTrue(java.util.regex.Pattern.compile("attempt,stat_\\w+,\\d+,2026-03-01T10:09:00Z,1,3,33.33,33.33,,,,,,no\r\n")
                .matcher(csv).find(), csv);
    }

    @Test
    void textCellsThatASpreadsheetWouldRunAreDefused() {
        org.junit.jupiter.api.Assertions.assertEquals("'=HYPERLINK(\"x\")", ResultsCsv.text("=HYPERLINK(\"x\")"));
        org.junit.jupiter.api.Assertions.assertEquals("'+1", ResultsCsv.text("+1"));
        org.junit.jupiter.api.Assertions.assertEquals("'@cmd", ResultsCsv.text("@cmd"));
        org.junit.jupiter.api.Assertions.assertEquals("Douro", ResultsCsv.text("Douro"));
    }
}
