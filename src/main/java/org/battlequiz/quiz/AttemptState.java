package org.battlequiz.quiz;

/** IN_PROGRESS until the learner submits (SUBMITTED) or the time limit submits it (OVERDUE). */
public enum AttemptState {
    IN_PROGRESS, SUBMITTED, OVERDUE
}
