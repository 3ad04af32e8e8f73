package org.battlequiz.account;

import java.util.Optional;

/** Where a login returns to: only a path on this site (never another host), or nowhere. */
public final class ReturnPath {
    private static final int MAX_LENGTH = 200;

    private ReturnPath() {
    }

    public static Optional<String> of(String next) {
        if (next == null || next.length() > MAX_LENGTH || !next.startsWith("/") || next.startsWith("//")
                || !next.matches("[A-Za-z0-9/_%.~?=&-]+") || next.startsWith("/login")) {
            return Optional.empty();
        }
        return Optional.of(next);
    }
}
