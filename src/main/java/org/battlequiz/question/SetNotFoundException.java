package org.battlequiz.question;

import org.battlequiz.DomainException;

/** No published set with that id that the viewer may see: missing and hidden read alike, so ids reveal nothing. */
public class SetNotFoundException extends DomainException {
    public SetNotFoundException(long setId) {
        super(404, "No published question set " + setId + ".");
    }
}
