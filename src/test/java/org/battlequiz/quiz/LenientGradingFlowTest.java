package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typed answers saved through the quiz pages are graded leniently at submit: case, accents, punctuation, notation. */
@QuarkusTest
class LenientGradingFlowTest extends StartedAttemptTest {

    @Test
    void typedAnswersWrittenAsPeopleWriteThemGetFullCredit() {
        learner.postForm("/attempts/" + attempt + "/page", Map.of("shown", ids.get(3), "q" + ids.get(3), "1,950",
                "go", "5")).then().statusCode(303);
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(4), "279 B.C.")).then()
                .statusCode(204);
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(7), "  PEÑAFLOR. ")).then()
                .statusCode(303);
        learner.get("/attempts/" + attempt + "/result").then().statusCode(200).body(containsString("3 / 8"))
                .body(containsString("1,950")).body(containsString("PEÑAFLOR."));
        assertEquals(1.0, QuizAttempts.answer(attempt, ids.get(3)).fraction);
        assertEquals(1.0, QuizAttempts.answer(attempt, ids.get(4)).fraction);
        assertEquals(1.0, QuizAttempts.answer(attempt, ids.get(7)).fraction);
    }

    @Test
    void aTypedAnswerThatIsOnlyCloseIsStillWrong() {
        learner.postForm("/attempts/" + attempt + "/submit", Map.of("q" + ids.get(7), "Penafl",
                "q" + ids.get(3), "2,001", "q" + ids.get(4), "278 BC")).then().statusCode(303);
        learner.get("/attempts/" + attempt + "/result").then().body(containsString("0 / 8"));
    }
}
