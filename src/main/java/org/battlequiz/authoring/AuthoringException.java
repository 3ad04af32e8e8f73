package org.battlequiz.authoring;

/** A teacher's request that cannot be carried out as asked; the message says why, in the teacher's words. */
public class AuthoringException extends RuntimeException {
    public AuthoringException(String message) {
        super(message);
    }
}
