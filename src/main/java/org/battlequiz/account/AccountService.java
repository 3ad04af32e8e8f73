package org.battlequiz.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registers accounts, checks logins, changes passwords and disables accounts; sessions live in PostgreSQL. */
@ApplicationScoped
public class AccountService {
    /** compared against when the user is unknown, so that a login takes as long either way */
    private static final String NO_USER_HASH = BcryptUtil.bcryptHash("no such user");

    @Inject
    SessionService sessions;

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

    /** @return the new session's token when the username and password match an enabled account */
    public Optional<String> login(String username, String password) {
        Optional<User> user = username == null ? Optional.empty() : User.findByUsername(username);
        boolean matches = password != null && PasswordRules.fitsBcrypt(password)
                && BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(NO_USER_HASH));
        if (!matches || user.isEmpty() || user.get().disabledAt != null) {
            return Optional.empty();
        }
        return Optional.of(sessions.start(user.get().id));
    }

    /** Ends every session of the user, on every instance. */
    public void logout(long userId) {
        sessions.endAll(userId);
    }

    /** @return the problems; when empty the password was changed and every session of the user ended */
    @Transactional
    public List<String> changePassword(long userId, String current, String password) {
        User user = User.findById(userId);
        if (current == null || !PasswordRules.fitsBcrypt(current) || !BcryptUtil.matches(current, user.passwordHash)) {
            return List.of("Current password: it does not match.");
        }
        Optional<String> problem = PasswordRules.problem(user.username, password);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        user.passwordHash = BcryptUtil.bcryptHash(password);
        sessions.endAll(userId);
        return List.of();
    }

    @Transactional
    public void setDisabled(long userId, boolean disabled) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(NotFoundException::new);
        user.disabledAt = disabled ? Instant.now() : null;
        if (disabled) {
            sessions.endAll(userId);
        }
    }

    public List<User> allUsers() {
        return User.listAll(Sort.by("username"));
    }
}
