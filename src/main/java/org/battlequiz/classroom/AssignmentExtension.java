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

/** A later due date for one learner on one assignment. */
@Entity
@Table(name = "assignment_extension")
public class AssignmentExtension extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id")
    public Assignment assignment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "due_at")
    public Instant dueAt;

    public static Optional<AssignmentExtension> find(Assignment assignment, User user) {
        return find("assignment = ?1 and user = ?2", assignment, user).firstResultOptional();
    }

    public static List<AssignmentExtension> listOf(Assignment assignment) {
        return list("assignment = ?1 order by lower(user.username)", assignment);
    }
}
