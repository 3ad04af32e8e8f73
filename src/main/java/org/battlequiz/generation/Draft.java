package org.battlequiz.generation;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;

/**
 * A candidate item before the quality gates: its content, the fact it tests, the other answers that would
 * also be right (so no option may be one of them) and, for a contested figure, whose claim it is.
 */
record Draft(QuestionContent content, FactRef fact, List<String> alsoRight, boolean contested, String claimant) {
    Draft {
        alsoRight = alsoRight == null ? List.of() : List.copyOf(alsoRight);
    }

    Draft(QuestionContent content, FactRef fact) {
        this(content, fact, List.of(), false, null);
    }

    Draft alsoRight(List<String> answers) {
        return new Draft(content, fact, answers, contested, claimant);
    }

    Draft claimedBy(String who) {
        return new Draft(content, fact, alsoRight, true, who);
    }
}
