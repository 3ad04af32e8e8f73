package org.battlequiz.quiz;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.junit.jupiter.api.Test;

/**
 * The quiz page and the saves keep a set's parsed questions in memory; a change written by anyone (another instance,
 * the item editor, a direct update) is on the next page and graded by the next save, because the database bumps
 * the set's questions version on every change to its questions.
 */
@QuarkusTest
class QuizQuestionChangesTest extends StartedAttemptTest {
    private static long questionsVersion(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) QuestionSet.getEntityManager()
                .createNativeQuery("select questions_version from question_set where id = ?1").setParameter(1, setId)
                .getSingleResult()).longValue());
    }

    @Test
    void aPromptEditedDuringTheAttemptIsShownOnTheNextPageAndSummary() {
        learner.get("/attempts/" + attempt + "?page=1").then().statusCode(200)
                .body(containsString("Who won the battle at the ford?"));
        long before = questionsVersion(setId);
        QuarkusTransaction.requiringNew().run(() -> Question.<Question>findById(ids.get(0)).prompt =
                "Which side held the ford at nightfall?");
        assertTrue(questionsVersion(setId) > before);
        learner.get("/attempts/" + attempt + "?page=1").then().statusCode(200)
                .body(containsString("Which side held the ford at nightfall?"))
                .body(not(containsString("Who won the battle at the ford?")));
        learner.get("/attempts/" + attempt + "/summary").then().statusCode(200)
                .body(containsString("Which side held the ford at nightfall?"));
    }

    @Test
    void anOptionRenamedDuringTheAttemptIsWhatTheNextSaveAccepts() {
        learner.get("/attempts/" + attempt + "?page=1").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            Question ordering = Question.findById(ids.get(6));
            ordering.options = List.of("Crossing", "Siege", "Treaty");
        });
        learner.postForm("/attempts/" + attempt + "/answers", Map.of("q" + ids.get(6) + "-0", "2",
                "q" + ids.get(6) + "-1", "1", "q" + ids.get(6) + "-2", "3", "page", "1")).then().statusCode(204);
        assertEquals(List.of("Siege", "Crossing", "Treaty"), QuizAttempts.answer(attempt, ids.get(6)).response);
    }

    @Test
    void addingAndDeletingQuestionsBumpsTheSetsVersion() {
        long before = questionsVersion(setId);
        long added = QuarkusTransaction.requiringNew().call(() -> {
            Question original = Question.findById(ids.get(0));
            Question copy = new Question();
            copy.questionSet = original.questionSet;
            copy.position = 99;
            copy.type = original.type;
            copy.prompt = "A question added later";
            copy.options = original.options;
            copy.keys = original.keys;
            copy.persist();
            return copy.id;
        });
        long afterInsert = questionsVersion(setId);
        assertTrue(afterInsert > before);
        QuarkusTransaction.requiringNew().run(() -> Question.deleteById(added));
        assertTrue(questionsVersion(setId) > afterInsert);
    }
}
