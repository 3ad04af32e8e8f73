package org.battlequiz.account;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.battlequiz.BattleQuizConfig;
import org.jboss.logging.Logger;

/**
 * There is no built-in admin: the first one is created at start from BATTLEQUIZ_ADMIN_USERNAME and
 * BATTLEQUIZ_ADMIN_PASSWORD, only while no admin exists, and only with a password that passes the usual rules.
 */
@ApplicationScoped
public class FirstAdmin {
    private static final Logger LOG = Logger.getLogger(FirstAdmin.class);
    private static final long FIRST_ADMIN_LOCK_KEY = 0x4251_4144_4d4eL;

    @Inject
    BattleQuizConfig config;

    void onStart(@Observes StartupEvent event) {
        String username = config.admin().username().orElse("");
        String password = config.admin().password().orElse("");
        if (!username.isBlank() && !password.isBlank()) {
            create(username, password).ifPresent(problem -> LOG.warn("No first admin was created: " + problem));
        }
    }

    /**
     * @return why no admin was created, when none was. Instances starting together on one database take turns
     * (a transaction-scoped advisory lock), so one of them creates the admin and the others find it.
     */
    @Transactional
    public Optional<String> create(String username, String password) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, FIRST_ADMIN_LOCK_KEY).getSingleResult();
        if (User.count("role", Role.ADMIN.roleName()) > 0) {
            return Optional.empty();
        }
        java.util.List<String> problems = RegistrationRules.check(username, password, Role.LEARNER_NAME);
        if (!problems.isEmpty()) {
            return Optional.of(String.join(" ", problems));
        }
        if (User.usernameTaken(username)) {
            return Optional.of("the username '" + username + "' belongs to an existing account; choose another.");
        }
        User.create(username, password, Role.ADMIN);
        return Optional.empty();
    }
}
