package org.battlequiz.game;

import org.battlequiz.generation.item.QuestionContent;

/** Which items a live game can ask: all but typed answers too long to type against the clock. Plain Java. */
public final class LivePlay {
    static final int LONGEST_TYPED_ANSWER = 30;

    private LivePlay() {
    }

    public static boolean playable(QuestionContent item) {
        return switch (item.type()) {
            case CLOZE -> item.keys().stream().allMatch(key -> key.length() <= LONGEST_TYPED_ANSWER);
            default -> !item.keys().isEmpty();
        };
    }
}
