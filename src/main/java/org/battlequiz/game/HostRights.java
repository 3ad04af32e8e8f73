package org.battlequiz.game;

import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;

/** Who may host a set (its owner; any teacher once it is published; admins) and run a game (its host; admins). */
final class HostRights {
    private HostRights() {
    }

    static boolean mayHost(User user, QuestionSet set) {
        if (isAdmin(user)) {
            return true;
        }
        boolean owner = set.owner != null && set.owner.id.equals(user.id);
        return Role.TEACHER_NAME.equals(user.role) && (owner || set.isPublished());
    }

    static void requireHost(User user, QuestionSet set) {
        if (!mayHost(user, set)) {
            throw GameException.forbidden(Role.TEACHER_NAME.equals(user.role)
                    ? "Only the owner of this set can host it until it is published."
                    : "Only teachers can host a live game.");
        }
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
