package org.battlequiz.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.battlequiz.IdentifiedEntity;

/** A learner's request to teach, waiting for an admin's decision. */
@Entity
@Table(name = "teacher_request")
public class TeacherRequest extends IdentifiedEntity {
    public enum Status { PENDING, APPROVED, DECLINED }

    @OneToOne
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "requested_at")
    public Instant requestedAt = Instant.now();

    @Enumerated(EnumType.STRING)
    public Status status = Status.PENDING;

    @ManyToOne
    @JoinColumn(name = "decided_by")
    public User decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    public static List<TeacherRequest> pending() {
        return list("status = ?1 order by requestedAt", Status.PENDING);
    }

    public static boolean pendingFor(User user) {
        return count("user = ?1 and status = ?2", user, Status.PENDING) > 0;
    }
}
