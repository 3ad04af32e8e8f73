package org.battlequiz.study;

import org.battlequiz.DomainException;

/** A "study more" choice that cannot be granted as sent. */
public class CustomStudyRefusedException extends DomainException {
    public CustomStudyRefusedException(String message) {
        super(400, message);
    }
}
