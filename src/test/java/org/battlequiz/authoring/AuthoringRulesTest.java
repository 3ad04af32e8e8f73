package org.battlequiz.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.quiz.GradingMethod;
import org.battlequiz.quiz.QuizLayout;
import org.junit.jupiter.api.Test;

class AuthoringRulesTest {

    @Test
    void joinCodesAvoidLookAlikeCharactersAndAcceptSloppyTyping() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            String code = JoinCodes.next();
            assertTrue(code.matches("[A-HJKMNP-Z2-9]{6}"), code);
            codes.add(code);
        }
        assertTrue(codes.size() > 495, "codes are random");
        assertEquals(Optional.of("K7PX3M"), JoinCodes.normalize(" k7p-x3m "));
        assertEquals(Optional.empty(), JoinCodes.normalize("K7PX3O"));
        assertEquals(Optional.empty(), JoinCodes.normalize("K7PX3"));
        assertEquals(Optional.empty(), JoinCodes.normalize(null));
    }

    @Test
    void optionsSurviveTheRoundTripThroughStorage() {
        SetOptions options = new SetOptions(10, true, false, 15, 3, GradingMethod.AVERAGE, FeedbackTiming.IMMEDIATELY,
                QuizLayout.ALL_ON_ONE_PAGE);
        assertEquals(options, SetOptions.fromStored(options.toStored()));
        assertEquals(SetOptions.DEFAULTS, SetOptions.fromStored(Map.of()));
    }

    @Test
    void badOptionValuesAreEachReported() {
        Map<String, String> form = new HashMap<>(Map.of("questionsPerAttempt", "0", "timeLimitMinutes", "abc",
                "attemptsAllowed", "4", "grading", "best", "feedback", "never", "layout", "sideways"));
        List<String> errors = new ArrayList<>();
        SetOptions options = SetOptions.fromForm(form, errors);
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.contains("Choose one question per page or all questions on one page."), errors.toString());
        assertEquals(4, options.attemptsAllowed());
        assertEquals(QuizLayout.ONE_PER_PAGE, options.layout());
    }

    @Test
    void theLayoutDefaultsToOnePerPageAndReadsTheFormChoice() {
        assertEquals(QuizLayout.ONE_PER_PAGE, SetOptions.fromStored(Map.of("feedback", "IMMEDIATELY")).layout());
        Map<String, String> form = Map.of("feedback", "AFTER_SUBMIT", "layout", "ALL_ON_ONE_PAGE");
        List<String> errors = new ArrayList<>();
        assertEquals(QuizLayout.ALL_ON_ONE_PAGE, SetOptions.fromForm(form, errors).layout());
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(QuizLayout.ONE_PER_PAGE, SetOptions.fromForm(Map.of("feedback", "AFTER_SUBMIT"), errors).layout());
    }

    @Test
    void anItemFormBecomesContentOnlyWhenValid() {
        ItemForm form = new ItemForm("numeric", "How many ships sailed?", "", "", "120", "5", "", "");
        ItemForm.Checked checked = form.check(null);
        assertTrue(checked.errors().isEmpty(), checked.errors().toString());
        QuestionContent content = checked.content();
        assertEquals(QuestionType.NUMERIC, content.type());
        assertEquals(5.0, content.tolerance());
        assertEquals("manual", content.generatorVersion());
        assertEquals(form, ItemForm.of(content));

        assertEquals(Map.of("prompt", "Mark the missing word with ____ exactly once; the question has 0."),
                new ItemForm("cloze", "No blank here", "", "", "x", "", "", "").check(null).errors());
        assertEquals(Map.of("tolerance", "The tolerance must be a number of 0 or more (such as 100 or 0.5)."),
                new ItemForm("numeric", "How many?", "", "", "3", "about five", "", "").check(null).errors());
    }

    @Test
    void talliesCountOutcomesPerGeneratorVersion() {
        List<Question> items = List.of(item("gen-1", ReviewStatus.ACCEPTED, false),
                item("gen-1", ReviewStatus.EDITED, true), item("gen-1", ReviewStatus.REJECTED, false),
                item("gen-1", ReviewStatus.PENDING, false), item(null, ReviewStatus.ACCEPTED, false));
        List<ReviewTally> tallies = ReviewTally.perVersion(items);
        assertEquals(List.of(new ReviewTally("gen-1", 4, 1, 2, 1, 1), new ReviewTally("manual", 1, 0, 1, 0, 0)),
                tallies);
        assertEquals(33, tallies.get(0).acceptedUnchangedPercent());
        assertEquals(new ReviewTally("all", 5, 1, 3, 1, 1), ReviewTally.total(tallies));
    }

    private static Question item(String version, ReviewStatus status, boolean edited) {
        Question question = new Question();
        question.generatorVersion = version;
        question.reviewStatus = status;
        question.edited = edited;
        return question;
    }
}
