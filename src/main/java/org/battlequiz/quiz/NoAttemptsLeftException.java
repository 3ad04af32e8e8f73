package org.battlequiz.quiz;

import org.battlequiz.DomainException;

/** The learner has finished as many attempts as the quiz allows. */
public class NoAttemptsLeftException extends DomainException {
    public NoAttemptsLeftException(int allowed) {
        super(409, "You have used all " + allowed + " attempt" + (allowed == 1 ? "" : "s") + " allowed at this quiz.");
    }
}
