package org.battlequiz.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must satisfy, at registration and at a change: 8 to 64 characters of any kind (no
 * composition rules), at most 72 bytes, not the username and not a common password. Plain Java.
 */
public final class PasswordRules {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 64;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently truncated, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private PasswordRules() {
    }

    /** @return the one problem with the password, for the form */
    public static Optional<String> problem(String username, String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            return Optional.of("Password: use " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        }
        if (!fitsBcrypt(password)) {
            return Optional.of("Password: it takes more than " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8, more than bcrypt can keep; use fewer accented or non-Latin characters.");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("Password: it must not be your username.");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("Password: it is one of the most common passwords, the first ones an attacker tries;"
                    + " choose another (a few unrelated words make a good one).");
        }
        return Optional.empty();
    }

    /** A password bcrypt would truncate never matches, at login as at registration. */
    public static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES;
    }
}
