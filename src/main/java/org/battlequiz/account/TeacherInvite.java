package org.battlequiz.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;

/** A single-use code an admin gives a teacher: registering with it makes a teacher account at once. */
@Entity
@Table(name = "teacher_invite")
public class TeacherInvite extends IdentifiedEntity {
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public String code;

    @ManyToOne
    @JoinColumn(name = "created_by")
    public User createdBy;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @ManyToOne
    @JoinColumn(name = "used_by")
    public User usedBy;

    @Column(name = "used_at")
    public Instant usedAt;

    static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The unused invite with this code (case and spaces ignored). */
    public static Optional<TeacherInvite> unused(String code) {
        String normal = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        return find("code = ?1 and usedBy is null", normal).firstResultOptional();
    }

    public static List<TeacherInvite> recent() {
        return find("order by createdAt desc").page(0, 20).list();
    }
}
