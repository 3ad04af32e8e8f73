package org.battlequiz.authoring.interchange;

import org.battlequiz.generation.item.QuestionType;

/** Moodle's qtype name for each item type (a DATE travels as numerical, marked by a tag). */
final class MoodleQuestionType {
    private MoodleQuestionType() {
    }

    static String of(QuestionType type) {
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> "multichoice";
            case TRUE_FALSE -> "truefalse";
            case NUMERIC, DATE -> "numerical";
            case MATCHING -> "matching";
            case ORDERING -> "ordering";
            case CLOZE -> "shortanswer";
        };
    }
}
