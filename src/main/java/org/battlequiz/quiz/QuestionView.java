package org.battlequiz.quiz;

import java.util.List;
import java.util.stream.IntStream;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.Question;

/**
 * One question as the quiz page shows it, with the learner's saved response filled in. kind picks the inputs:
 * choice (radio), multi (checkboxes), number, date, text, matching (a select per stem) or ordering (a position
 * select per item). feedback is set once an immediate-feedback check has locked the answer; flagged once the
 * learner marked it for review.
 */
public record QuestionView(long id, int number, String kind, String prompt, List<String> options, List<String> stems,
                           List<Integer> positions, String hint, List<String> response, AnswerReview feedback,
                           boolean flagged) {

    public static QuestionView of(Question question, int number) {
        return of(question.id, question.content(), number);
    }

    public static QuestionView of(long id, QuestionContent content, int number) {
        List<Integer> positions = IntStream.rangeClosed(1, content.options().size()).boxed().toList();
        return new QuestionView(id, number, kindOf(content.type()), content.prompt(), content.options(),
                content.stems(), positions, hintOf(content.type()), List.of(), null, false);
    }

    QuestionView withOptions(List<String> shown) {
        return new QuestionView(id, number, kind, prompt, shown, stems, positions, hint, response, feedback, flagged);
    }

    QuestionView withAnswer(List<String> saved, AnswerReview checked, boolean flaggedForReview) {
        return new QuestionView(id, number, kind, prompt, options, stems, positions, hint,
                saved == null ? List.of() : saved, checked, flaggedForReview);
    }

    public String field() {
        return "q" + id;
    }

    public boolean locked() {
        return feedback != null;
    }

    public boolean answered() {
        return response.stream().anyMatch(value -> !value.isBlank());
    }

    public boolean chosen(String option) {
        return response.contains(option);
    }

    public String text() {
        return response.isEmpty() ? "" : response.get(0);
    }

    /** For matching: whether option is the saved choice for the stem at index. */
    public boolean matched(int index, String option) {
        return index < response.size() && response.get(index).equals(option);
    }

    /** For ordering: the saved position (1-based) of the item at index, 0 when it has none. */
    public int positionOf(int index) {
        return response.indexOf(options.get(index)) + 1;
    }

    private static String kindOf(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, TRUE_FALSE -> "choice";
            case MULTIPLE_SELECT -> "multi";
            case NUMERIC -> "number";
            case DATE -> "date";
            case CLOZE -> "text";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
        };
    }

    private static String hintOf(QuestionType type) {
        return switch (type) {
            case MULTIPLE_SELECT -> "Choose every right answer.";
            case NUMERIC -> "Answer with a number.";
            case DATE -> "Answer with a year (for example 1415 or 279 BC) or a date as yyyy-mm-dd.";
            case MATCHING -> "Match each item with one choice.";
            case ORDERING -> "Give each item its position, 1 being first.";
            default -> "";
        };
    }
}
