package org.battlequiz.authoring.interchange;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;

/**
 * How long a stored item's texts may be, whether typed in the item form or imported from a file (how many answers
 * an item may have is the form's and the import's own limit).
 */
final class ItemLengths {
    static final int MAX_PROMPT = 2_000;
    static final int MAX_CHOICE = 500;
    static final int MAX_NOTE = 4_000;

    private ItemLengths() {
    }

    /** @return what is too long, or null */
    static String problem(QuestionContent item) {
        if (item.prompt() != null && item.prompt().length() > MAX_PROMPT) {
            return "the question can have at most " + MAX_PROMPT + " characters";
        }
        for (List<String> list : List.of(item.stems(), item.options(), item.keys())) {
            if (list.stream().anyMatch(v -> v != null && v.length() > MAX_CHOICE)) {
                return "stems, options and answers can have at most " + MAX_CHOICE + " characters each";
            }
        }
        if (length(item.explanation()) > MAX_NOTE || length(item.source()) > MAX_NOTE) {
            return "the explanation and the source can have at most " + MAX_NOTE + " characters each";
        }
        return null;
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
