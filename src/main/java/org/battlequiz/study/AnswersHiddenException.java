package org.battlequiz.study;

import org.battlequiz.DomainException;

/** The set's answers are not released to this learner yet. */
public class AnswersHiddenException extends DomainException {
    public AnswersHiddenException(String message) {
        super(403, message);
    }
}
