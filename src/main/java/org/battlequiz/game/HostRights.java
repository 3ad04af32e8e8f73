package org.battlequiz.game;

import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetAudience;

/**
 * Who may host a set (its owner; admins; any other teacher once it is published and they may see it, so not a set
 * assigned only to other teachers' classes) and run a game (its host; admins).
 */
final class HostRights {
    private HostRights() {
    }

    static boolean mayHost(User user, QuestionSet set, SetAudience audience) {
        if (isAdmin(user)) {
            return true;
        }
        return Role.TEACHER_NAME.equals(user.role)
                && (owns(user, set) || set.isPublished() && audience.maySee(set, user.username));
    }

    static void requireHost(User user, QuestionSet set, SetAudience audience) {
        if (!mayHost(user, set, audience)) {
            throw GameException.forbidden(!Role.TEACHER_NAME.equals(user.role) ? "Only teachers can host a live game."
                    : set.isPublished() ? "This set is assigned to another teacher's class; only its owner can host it."
                    : "Only the owner of this set can host it until it is published.");
        }
    }

    private static boolean owns(User user, QuestionSet set) {
        return set.owner != null && set.owner.id.equals(user.id);
    }

    static void requireRunning(User user, Game game) {
        if (!isAdmin(user) && !game.host.id.equals(user.id)) {
            throw GameException.forbidden("Only the teacher who hosts this game can run it or see its report.");
        }
    }

    private static boolean isAdmin(User user) {
        return Role.ADMIN_NAME.equals(user.role);
    }
}
