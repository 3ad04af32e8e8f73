package org.battlequiz.authoring.interchange;

/** A file that cannot be imported (or an item that cannot be exported); the message names the line or element at fault. */
public class InterchangeException extends RuntimeException {
    public InterchangeException(String message) {
        super(message);
    }

    public InterchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
