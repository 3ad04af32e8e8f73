package org.battlequiz.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Registers accounts; login itself is Quarkus form authentication against {@link User}. */
@ApplicationScoped
public class AccountService {

    /** @return the problems with the request; empty when the account was created */
    @Transactional
    public List<String> register(String username, String password, String role) {
        List<String> errors = RegistrationRules.check(username, password, role);
        if (!errors.isEmpty()) {
            return errors;
        }
        if (User.usernameTaken(username)) {
            return List.of("Username: '" + username + "' is taken; choose another.");
        }
        User.create(username, password, Role.selfRegistrable(role).orElseThrow());
        return List.of();
    }
}
