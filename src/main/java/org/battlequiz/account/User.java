package org.battlequiz.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.Roles;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;

/** A person who logs in; the password is stored as a bcrypt hash, the role is learner, teacher or admin. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class User extends IdentifiedEntity {
    @Username
    public String username;

    @Password
    @Column(name = "password_hash")
    public String passwordHash;

    @Roles
    public String role;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    /** Set by an admin; a disabled user cannot log in and has no session. */
    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** A tz database id the user chose ("Europe/Paris"), or null. */
    @Column(name = "time_zone")
    public String timeZone;

    public static User create(String username, String password, Role role) {
        User user = new User();
        user.username = username;
        user.passwordHash = BcryptUtil.bcryptHash(password);
        user.role = role.roleName();
        user.persist();
        return user;
    }

    public static Optional<User> findByUsername(String username) {
        return find("username", username).firstResultOptional();
    }

    public static boolean usernameTaken(String username) {
        return count("lower(username) = lower(?1)", username) > 0;
    }
}
