package org.battlequiz.account;

import java.time.Duration;

/** The client must wait before trying again; the message says how long. */
public class TooManyAttemptsException extends RuntimeException {
    private final Duration wait;

    public TooManyAttemptsException(Duration wait, String message) {
        super(message);
        this.wait = wait;
    }

    public long seconds() {
        return AccountService.seconds(wait);
    }
}
