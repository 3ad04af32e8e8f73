package org.battlequiz.account;

import java.time.Duration;
import java.util.Optional;

/** A login's outcome: the new session's token, or nothing and how long the client must wait first. */
public record LoginResult(Optional<String> token, Duration retryAfter) {
    static LoginResult refused(Duration retryAfter) {
        return new LoginResult(Optional.empty(), retryAfter);
    }

    public boolean throttled() {
        return token.isEmpty() && !retryAfter.isZero();
    }
}
