package org.battlequiz.account;

import org.battlequiz.DomainException;

/** The user asked for does not exist (any more). */
public class UserNotFoundException extends DomainException {
    public UserNotFoundException(String message) {
        super(404, message);
    }
}
