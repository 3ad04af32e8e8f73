package org.battlequiz.generation.item;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an item keeps from an imported question beyond its content, so that it is graded and exported again as its
 * author wrote it: the question's name and idnumber, its tags, its penalty per wrong try (null for Moodle's default
 * of a third) and every answer with its credit and feedback. Generated items have none of it; answers is empty when
 * the keys say everything (full credit for each key, none for the rest).
 */
public record ItemDetails(String name, String idNumber, BigDecimal penalty, List<String> tags,
                          List<AnswerCredit> answers) {
    public static final ItemDetails NONE = new ItemDetails(null, null, null, List.of(), List.of());

    public ItemDetails {
        name = blankToNull(name);
        idNumber = blankToNull(idNumber);
        tags = tags == null ? List.of() : List.copyOf(tags);
        answers = answers == null ? List.of() : List.copyOf(answers);
    }

    /** True when the item has no detail at all, as a generated one. */
    public boolean none() {
        return equals(NONE);
    }

    /** The credit the file gave this answer text, when it gave answers one by one. */
    public Optional<AnswerCredit> creditFor(String answer) {
        return answers.stream().filter(credit -> credit.answer().equals(answer)).findFirst();
    }

    public ItemDetails withAnswers(List<AnswerCredit> newAnswers) {
        return new ItemDetails(name, idNumber, penalty, tags, newAnswers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
