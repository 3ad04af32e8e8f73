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

/** A learner in a class, with the extra time they get on timed sets (a percentage or minutes, or none). */
@Entity
@Table(name = "class_member")
public class ClassMember extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "joined_at")
    public Instant joinedAt = Instant.now();

    @Column(name = "extra_time_percent")
    public Integer extraTimePercent;

    @Column(name = "extra_time_minutes")
    public Integer extraTimeMinutes;

    public static Optional<ClassMember> find(SchoolClass schoolClass, User user) {
        return find("schoolClass = ?1 and user = ?2", schoolClass, user).firstResultOptional();
    }

    public static List<ClassMember> listOf(SchoolClass schoolClass) {
        return list("schoolClass = ?1 order by lower(user.username)", schoolClass);
    }

    public static List<ClassMember> listFor(User user) {
        return list("user = ?1 order by lower(schoolClass.name), schoolClass.id", user);
    }

    public ExtraTime extraTime() {
        return new ExtraTime(extraTimePercent, extraTimeMinutes);
    }
}
