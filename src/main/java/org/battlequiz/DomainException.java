package org.battlequiz;

/** A refusal a service explains to the user: its HTTP status and a message fit to show on a page. */
public abstract class DomainException extends RuntimeException {
    private final int status;

    protected DomainException(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
