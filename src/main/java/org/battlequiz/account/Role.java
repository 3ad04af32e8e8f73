package org.battlequiz.account;

import java.util.Locale;
import java.util.Optional;

/** The roles a user may hold; admin is never offered at registration. */
public enum Role {
    LEARNER, TEACHER, ADMIN;

    public static final String LEARNER_NAME = "learner";
    public static final String TEACHER_NAME = "teacher";
    public static final String ADMIN_NAME = "admin";

    public String roleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> selfRegistrable(String name) {
        if (LEARNER_NAME.equals(name)) {
            return Optional.of(LEARNER);
        }
        return TEACHER_NAME.equals(name) ? Optional.of(TEACHER) : Optional.empty();
    }
}
