package org.battlequiz.study;

import org.battlequiz.DomainException;

/** A study grade that cannot be recorded as sent. */
public class GradeRefusedException extends DomainException {
    public GradeRefusedException(String message) {
        super(400, message);
    }
}
