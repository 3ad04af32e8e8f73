package org.battlequiz.quiz;

/** The attempt does not exist or is another learner's: both read as "not found", so ids reveal nothing. */
public class AttemptNotFoundException extends RuntimeException {
    public AttemptNotFoundException(long attemptId) {
        super("No attempt " + attemptId + " of yours.");
    }
}
