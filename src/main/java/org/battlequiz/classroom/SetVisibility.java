package org.battlequiz.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetAudience;

/**
 * Public sets are everyone's; a set assigned to classes only their learners', their teachers', its owner's and
 * admins'. A teacher's set neither public nor assigned stays reachable by its code or link, and is listed nowhere.
 */
@ApplicationScoped
public class SetVisibility implements SetAudience {

    @Override
    public boolean maySee(QuestionSet set, String username) {
        if (set.isPublic() || !Assignment.anyOf(set)) {
            return true;
        }
        return username != null && User.findByUsername(username).map(user -> insider(set, user)).orElse(false);
    }

    @Override
    public boolean listedFor(QuestionSet set, String username) {
        if (set.isPublic()) {
            return true;
        }
        return username != null && User.findByUsername(username).map(user -> insider(set, user)).orElse(false);
    }

    /** The set's owner, an admin, or the teacher or a learner of a class the set is assigned to. */
    private static boolean insider(QuestionSet set, User user) {
        if (Role.ADMIN_NAME.equals(user.role) || set.owner != null && set.owner.id.equals(user.id)) {
            return true;
        }
        return Assignment.getEntityManager().createQuery("""
                select count(a) from Assignment a where a.questionSet = :set and (a.schoolClass.teacher = :user
                  or exists (select m.id from ClassMember m where m.schoolClass = a.schoolClass and m.user = :user))""",
                Long.class).setParameter("set", set).setParameter("user", user).getSingleResult() > 0;
    }
}
