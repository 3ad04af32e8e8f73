package org.battlequiz.authoring;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.battlequiz.account.Role;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetAudience;
import org.battlequiz.quiz.AnswerRelease;

/** Object-level checks: who may edit a set, and who may download it. */
@RequestScoped
public class SetAccess {
    @Inject
    SecurityIdentity identity;

    @Inject
    SetAudience audience;

    public User me() {
        return User.findByUsername(identity.getPrincipal().getName())
                .orElseThrow(() -> new SetAccessDeniedException("Your account no longer exists."));
    }

    public boolean isAdmin() {
        return identity.hasRole(Role.ADMIN_NAME);
    }

    public boolean owns(QuestionSet set) {
        return isAdmin() || set.owner != null && set.owner.username.equals(identity.getPrincipal().getName());
    }

    /** @throws AuthoringNotFoundException if there is no such set; SetAccessDeniedException unless the caller owns it or is admin */
    public QuestionSet editable(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw new AuthoringNotFoundException("There is no question set " + setId + ".");
        }
        if (!owns(set)) {
            throw new SetAccessDeniedException("Only the teacher who owns this set can change it or see its results.");
        }
        return set;
    }

    /**
     * The owner and admins may always download a set; any other teacher once it is published and its answers are
     * released to them (not held until the set closes, no attempt of theirs open), unless it is assigned only to
     * other teachers' classes.
     */
    public QuestionSet exportable(long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw new AuthoringNotFoundException("There is no question set " + setId + ".");
        }
        if (!owns(set) && !set.isPublished()) {
            throw new SetAccessDeniedException("This set is not published; only its owner can download it.");
        }
        if (!owns(set) && !audience.maySee(set, me().username)) {
            throw new SetAccessDeniedException("This set is assigned to another teacher's class; only its owner can"
                    + " download it.");
        }
        if (!owns(set) && AnswerRelease.heldFrom(me(), set)) {
            throw new SetAccessDeniedException("This set's answers are not released yet; only its owner can download it.");
        }
        return set;
    }
}
