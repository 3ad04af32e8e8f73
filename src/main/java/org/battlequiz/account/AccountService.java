package org.battlequiz.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.panache.common.Sort;
import jakarta.transaction.Transactional;
import org.battlequiz.BattleQuizConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Registers accounts, checks logins, changes passwords and disables accounts; sessions live in PostgreSQL. */
@ApplicationScoped
public class AccountService {
    /** compared against when the user is unknown, so that a login takes as long either way */
    private static final String NO_USER_HASH = BcryptUtil.bcryptHash("no such user");

    @Inject
    SessionService sessions;

    @Inject
    ThrottleService throttles;

    @Inject
    BattleQuizConfig config;

    /** What came of a registration: the problems with it, or an account and whether it waits to teach. */
    public record Registration(List<String> errors, boolean awaitingApproval) {
        static Registration refused(List<String> errors) {
            return new Registration(errors, false);
        }
    }

    /**
     * Registration always makes a learner, unless it brings an unused teacher invite code. Asking to teach without
     * one leaves a request for an admin to approve.
     */
    @Transactional
    public Registration register(String username, String password, String role, String inviteCode, String address) {
        Throttle throttle = throttle(config.throttling().registrationAddress(), "register-address");
        Duration wait = throttles.wait(throttle, address);
        if (!wait.isZero()) {
            SecurityLog.event("Registration throttled", username, address, "/register");
            throw new TooManyAttemptsException(wait, "Registration: many accounts were made from your network just"
                    + " now; try again in " + seconds(wait) + " s.");
        }
        List<String> errors = RegistrationRules.check(username, password, role);
        if (!errors.isEmpty()) {
            return Registration.refused(errors);
        }
        if (User.usernameTaken(username)) {
            return Registration.refused(List.of("Username: '" + username + "' is taken; choose another."));
        }
        boolean teacher = Role.selfRegistrable(role).orElseThrow() == Role.TEACHER;
        boolean withCode = teacher && inviteCode != null && !inviteCode.isBlank();
        Optional<TeacherInvite> invite = withCode ? TeacherInvite.unused(inviteCode) : Optional.empty();
        if (withCode && invite.isEmpty()) {
            return Registration.refused(List.of("Invite code: this code is not valid or was already used; leave it"
                    + " empty to ask an admin to approve your teacher account."));
        }
        User user = User.create(username, password, invite.isPresent() ? Role.TEACHER : Role.LEARNER);
        invite.ifPresent(used -> {
            used.usedBy = user;
            used.usedAt = Instant.now();
        });
        if (teacher && invite.isEmpty()) {
            TeacherRequest request = new TeacherRequest();
            request.user = user;
            request.persist();
        }
        throttles.fail(throttle, address);
        return new Registration(List.of(), teacher && invite.isEmpty());
    }

    /** An admin approves or declines a request to teach; approval makes the account a teacher's at once. */
    @Transactional
    public void decideTeacherRequest(long requestId, boolean approve, long adminId) {
        TeacherRequest request = TeacherRequest.<TeacherRequest>findByIdOptional(requestId)
                .filter(r -> r.status == TeacherRequest.Status.PENDING)
                .orElseThrow(() -> new AccountException("That request was already decided or does not exist."));
        request.status = approve ? TeacherRequest.Status.APPROVED : TeacherRequest.Status.DECLINED;
        request.decidedBy = User.findById(adminId);
        request.decidedAt = Instant.now();
        if (approve && Role.LEARNER.roleName().equals(request.user.role)) {
            request.user.role = Role.TEACHER.roleName();
            sessions.accountChanged();
        }
    }

    @Transactional
    public TeacherInvite issueInvite(long adminId) {
        TeacherInvite invite = new TeacherInvite();
        do {
            invite.code = TeacherInvite.newCode();
        } while (TeacherInvite.count("code", invite.code) > 0);
        invite.createdBy = User.findById(adminId);
        invite.persist();
        return invite;
    }

    public List<TeacherRequest> pendingTeacherRequests() {
        return TeacherRequest.pending();
    }

    public List<TeacherInvite> recentInvites() {
        return TeacherInvite.recent();
    }

    /**
     * A new session when the username and password match an enabled account. Failures are counted per account
     * and per client address; while either must wait, the password is not even checked.
     */
    /** No account name is longer; a longer or unprintable one (a NUL byte) is a failed login, not a database error. */
    private static final int MAX_LOGIN_NAME = 150;

    /** Where a login without a page to return to lands: teachers and admins on their dashboard, learners home. */
    @Transactional
    public String landing(String username) {
        return User.findByUsername(username).filter(user -> Role.TEACHER_NAME.equals(user.role)
                || Role.ADMIN_NAME.equals(user.role)).map(user -> "/teach").orElse("/");
    }

    public LoginResult login(String username, String password, String address) {
        boolean printable = username != null && username.length() <= MAX_LOGIN_NAME
                && username.chars().noneMatch(Character::isISOControl);
        String account = username == null ? "" : username.replaceAll("\\p{Cntrl}", "").toLowerCase(Locale.ROOT);
        account = account.substring(0, Math.min(account.length(), MAX_LOGIN_NAME));
        Throttle perAccount = throttle(config.throttling().loginAccount(), "login-account");
        Throttle perAddress = throttle(config.throttling().loginAddress(), "login-address");
        Duration wait = max(throttles.wait(perAccount, account), throttles.wait(perAddress, address));
        if (!wait.isZero()) {
            SecurityLog.event("Login refused while throttled", username, address, "/login");
            return LoginResult.refused(wait);
        }
        Optional<User> user = !printable ? Optional.empty() : User.findByUsername(username);
        boolean matches = password != null && PasswordRules.fitsBcrypt(password)
                && BcryptUtil.matches(password, user.map(u -> u.passwordHash).orElse(NO_USER_HASH));
        if (!matches || user.isEmpty() || user.get().disabledAt != null) {
            SecurityLog.event("Login failed", username, address, "/login");
            Duration delay = max(throttles.fail(perAccount, account), throttles.fail(perAddress, address));
            if (!delay.isZero()) {
                SecurityLog.event("Login locked for " + seconds(delay) + " s", username, address, "/login");
            }
            return LoginResult.refused(Duration.ZERO);
        }
        throttles.clear(perAccount, account);
        return new LoginResult(Optional.of(sessions.start(user.get().id)), Duration.ZERO);
    }

    private static Throttle throttle(BattleQuizConfig.Throttling.Delays delays, String prefix) {
        return new Throttle(prefix, delays.free(), delays.base(), delays.max(), delays.forgetAfter());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
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

    /** Saves the time zone the user chose; an unknown zone gives the message to show. */
    @Transactional
    public List<String> chooseTimeZone(long userId, String zone) {
        if (TimeZones.parse(zone).isEmpty()) {
            return List.of("Time zone: choose one from the list, such as Europe/London or America/New_York.");
        }
        User.update("timeZone = ?1 where id = ?2", zone.strip(), userId);
        sessions.accountChanged();
        return List.of();
    }

    @Transactional
    public void setDisabled(long userId, boolean disabled) {
        User user = User.<User>findByIdOptional(userId).orElseThrow(() -> new UserNotFoundException("There is no user " + userId + "."));
        user.disabledAt = disabled ? Instant.now() : null;
        if (disabled) {
            sessions.endAll(userId);
        }
    }

    public List<User> allUsers() {
        return User.listAll(Sort.by("username"));
    }
}
