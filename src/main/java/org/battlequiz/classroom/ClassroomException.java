package org.battlequiz.classroom;

import org.battlequiz.DomainException;

/** A class or assignment request refused: not found (404), not the caller's (403), not now (409), bad input (422). */
public class ClassroomException extends DomainException {
    public ClassroomException(int status, String message) {
        super(status, message);
    }

    static ClassroomException notFound(String message) {
        return new ClassroomException(404, message);
    }

    static ClassroomException invalid(String message) {
        return new ClassroomException(422, message);
    }
}
