package org.battlequiz.quiz;

import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;

/**
 * The set's "when answers are shown" rule outside the quiz itself (study cards, mistakes, downloads): a set
 * whose feedback waits for it to close keeps its answers until then, and no set shows them to a user whose
 * attempt on it is still open.
 */
public final class AnswerRelease {
    private AnswerRelease() {
    }

    public static boolean heldFrom(User user, QuestionSet set) {
        boolean untilClose = QuizSettings.of(set.options).feedbackOnlyAfterClose() && set.status != SetStatus.CLOSED;
        return untilClose || user != null && Attempt.findOpen(user, set).isPresent();
    }
}
