package org.battlequiz.classroom;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An assignment's open, due and close moments and what follows from them for one learner's attempt. */
public record AssignmentDates(Instant opensAt, Instant dueAt, Instant closesAt) {

    public enum Window { NOT_OPEN, OPEN, CLOSED }

    /** What is wrong with the dates as a teacher gave them; empty when open <= due <= close. */
    public static List<String> problems(Instant opensAt, Instant dueAt, Instant closesAt) {
        List<String> problems = new ArrayList<>();
        if (opensAt != null && dueAt != null && dueAt.isBefore(opensAt)) {
            problems.add("The due date must not be before the open date.");
        }
        if (dueAt != null && closesAt != null && closesAt.isBefore(dueAt)) {
            problems.add("The close date must not be before the due date.");
        }
        return problems;
    }

    /** The dates of a learner given a later due date: the close moves with it when the new due date passes it. */
    public AssignmentDates extendedTo(Instant learnerDue) {
        if (learnerDue == null || !learnerDue.isAfter(dueAt)) {
            return this;
        }
        return new AssignmentDates(opensAt, learnerDue, learnerDue.isAfter(closesAt) ? learnerDue : closesAt);
    }

    public Window windowAt(Instant now) {
        if (now.isBefore(opensAt)) {
            return Window.NOT_OPEN;
        }
        return now.isBefore(closesAt) ? Window.OPEN : Window.CLOSED;
    }

    /**
     * When an attempt started at {@code start} must end: its time limit (with the learner's extra time) or the
     * close, whichever comes first; without a time limit, the close.
     */
    public Instant deadline(Instant start, Integer timeLimitMinutes, ExtraTime extra) {
        if (timeLimitMinutes == null) {
            return closesAt;
        }
        Instant timedOut = start.plus(extra.applyTo(Duration.ofMinutes(timeLimitMinutes)));
        return timedOut.isBefore(closesAt) ? timedOut : closesAt;
    }

    public boolean isLate(Instant submittedAt) {
        return submittedAt.isAfter(dueAt);
    }
}
