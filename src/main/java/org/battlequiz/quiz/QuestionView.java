package org.battlequiz.quiz;

import java.util.List;
import java.util.stream.IntStream;
import org.battlequiz.question.Question;

/**
 * One question as the quiz page shows it. kind picks the inputs: choice (radio), multi (checkboxes),
 * number, date, text, matching (a select per stem) or ordering (a position select per item).
 */
public record QuestionView(long id, int number, String kind, String prompt, List<String> options, List<String> stems,
                           List<Integer> positions, String hint) {

    static QuestionView of(Question question, int number) {
        List<Integer> positions = IntStream.rangeClosed(1, question.options.size()).boxed().toList();
        return new QuestionView(question.id, number, kindOf(question), question.prompt, question.options,
                question.stems, positions, hintOf(question));
    }

    public String field() {
        return "q" + id;
    }

    private static String kindOf(Question question) {
        return switch (question.type) {
            case SINGLE_CHOICE, TRUE_FALSE -> "choice";
            case MULTIPLE_SELECT -> "multi";
            case NUMERIC -> "number";
            case DATE -> "date";
            case CLOZE -> "text";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
        };
    }

    private static String hintOf(Question question) {
        return switch (question.type) {
            case MULTIPLE_SELECT -> "Choose every right answer.";
            case NUMERIC -> "Answer with a number.";
            case DATE -> "Answer with a year (for example 1415 or 279 BC) or a date as yyyy-mm-dd.";
            case MATCHING -> "Match each item with one choice.";
            case ORDERING -> "Give each item its position, 1 being first.";
            default -> "";
        };
    }
}
