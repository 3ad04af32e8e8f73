package org.battlequiz.authoring;

import org.battlequiz.DomainException;

/** The set, item or import a teacher's page names does not exist. */
public class AuthoringNotFoundException extends DomainException {
    public AuthoringNotFoundException(String message) {
        super(404, message);
    }
}
