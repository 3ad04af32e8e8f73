package org.battlequiz.quiz;

/** What became of posted answers: saved, saved but some were for questions not in the attempt, or refused. */
public enum SaveOutcome {
    SAVED, STALE, CLOSED
}
