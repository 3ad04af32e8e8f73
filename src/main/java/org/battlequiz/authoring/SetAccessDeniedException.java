package org.battlequiz.authoring;

import org.battlequiz.DomainException;

/** The set exists but the viewer may not change, see the results of, or download it. */
public class SetAccessDeniedException extends DomainException {
    public SetAccessDeniedException(String message) {
        super(403, message);
    }
}
