package org.battlequiz.classroom;

import java.util.Collection;
import java.util.Map;
import org.battlequiz.account.User;

/** How far a learner got with assignments, read from their attempts (kept by the quiz). */
public interface AssignmentProgress {
    record Progress(boolean finishedOnTime, boolean finishedLate, boolean inProgress) {
        public static final Progress NONE = new Progress(false, false, false);
    }

    /** By assignment id; assignments without an attempt are left out. */
    Map<Long, Progress> of(User learner, Collection<Long> assignmentIds);
}
