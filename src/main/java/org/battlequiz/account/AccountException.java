package org.battlequiz.account;

/** An account action that cannot be done as asked; the message says why, for the page. */
public class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
