package org.battlequiz.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.battlequiz.account.User;
import org.battlequiz.classroom.AssignmentProgress;

/** A learner's graded attempts under class assignments: finished by the due date, finished late, or still open. */
@ApplicationScoped
public class AssignmentAttempts implements AssignmentProgress {

    @Override
    public Map<Long, Progress> of(User learner, Collection<Long> assignmentIds) {
        Map<Long, Progress> found = new HashMap<>();
        if (assignmentIds.isEmpty()) {
            return found;
        }
        Attempt.<Attempt>list("user = ?1 and assignmentId in ?2 and practice = false", learner, assignmentIds)
                .forEach(a -> found.merge(a.assignmentId, new Progress(!a.isOpen() && !a.late,
                        !a.isOpen() && a.late, a.isOpen()), AssignmentAttempts::either));
        return found;
    }

    private static Progress either(Progress a, Progress b) {
        return new Progress(a.finishedOnTime() || b.finishedOnTime(), a.finishedLate() || b.finishedLate(),
                a.inProgress() || b.inProgress());
    }
}
