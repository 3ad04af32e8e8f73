package org.battlequiz.classroom;

import java.time.Instant;

/** Where a learner stands on one assignment, as "My classes" and the class page show it. */
public enum LearnerStatus {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), DONE("Done"), LATE("Done late"), OVERDUE("Overdue");

    private final String label;

    LearnerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /**
     * Done when an attempt was finished by the due date, late when finished only after it, overdue when the due
     * date passed without a finished attempt.
     */
    public static LearnerStatus of(Instant now, Instant due, boolean finishedOnTime, boolean finishedLate,
                                   boolean inProgress) {
        if (finishedOnTime) {
            return DONE;
        }
        if (finishedLate) {
            return LATE;
        }
        if (now.isAfter(due)) {
            return OVERDUE;
        }
        return inProgress ? IN_PROGRESS : NOT_STARTED;
    }
}
