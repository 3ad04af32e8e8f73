package org.battlequiz.classroom;

import java.time.Instant;

/** The assignment a learner starts a set under: its dates for them (a later due date applied) and their extra time. */
public record AssignmentTerms(long assignmentId, AssignmentDates dates, ExtraTime extra) {

    public Instant deadline(Instant start, Integer timeLimitMinutes) {
        return dates.deadline(start, timeLimitMinutes, extra);
    }
}
