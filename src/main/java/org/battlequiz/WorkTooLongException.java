package org.battlequiz;

/** Work on an article ran past its deadline or found no free thread; answered 503 with Retry-After. */
public class WorkTooLongException extends RuntimeException {
    public WorkTooLongException(String message) {
        super(message);
    }
}
