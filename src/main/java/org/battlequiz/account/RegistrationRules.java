package org.battlequiz.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a new account must satisfy; each broken rule gives one message for the form. Plain Java. */
public final class RegistrationRules {
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 64;
    /** bcrypt reads only the first 72 bytes; a longer password would be silently truncated, so it is refused. */
    public static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,32}");

    private RegistrationRules() {
    }

    public static List<String> check(String username, String password, String role) {
        List<String> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("Username: use 3 to 32 characters: letters, digits, '_', '.' or '-'.");
        }
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            errors.add("Password: use " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters.");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            errors.add("Password: it takes more than " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8, more than bcrypt can keep; use fewer accented or non-Latin characters.");
        }
        if (Role.selfRegistrable(role).isEmpty()) {
            errors.add("Role: choose learner or teacher.");
        }
        return errors;
    }
}
