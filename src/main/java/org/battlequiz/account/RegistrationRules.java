package org.battlequiz.account;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What a new account must satisfy; each broken rule gives one message for the form. Plain Java. */
public final class RegistrationRules {
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.-]{3,32}");

    private RegistrationRules() {
    }

    public static List<String> check(String username, String password, String role) {
        List<String> errors = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            errors.add("Username: use 3 to 32 characters: letters, digits, '_', '.' or '-'.");
        }
        PasswordRules.problem(username, password).ifPresent(errors::add);
        if (Role.selfRegistrable(role).isEmpty()) {
            errors.add("Role: choose learner or teacher.");
        }
        return errors;
    }
}
