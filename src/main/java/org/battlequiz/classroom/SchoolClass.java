package org.battlequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;

/** A teacher's class: learners join it with its code or link, and the teacher assigns sets to it. */
@Entity
@Table(name = "school_class")
public class SchoolClass extends IdentifiedEntity {
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "teacher_id")
    public User teacher;

    @Column(name = "join_code")
    public String joinCode;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static Optional<SchoolClass> findByCode(String code) {
        return find("joinCode", code).firstResultOptional();
    }

    public static List<SchoolClass> listTaughtBy(User teacher) {
        return list("teacher = ?1 order by name, id", teacher);
    }

    public boolean taughtBy(User user) {
        return teacher.id.equals(user.id);
    }
}
