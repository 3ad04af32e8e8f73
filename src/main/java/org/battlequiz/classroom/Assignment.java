package org.battlequiz.classroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.question.QuestionSet;

/** A set given to a class: learners may start it from its open date, are late after its due date and shut out at close. */
@Entity
@Table(name = "assignment")
public class Assignment extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "class_id")
    public SchoolClass schoolClass;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet questionSet;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    public static List<Assignment> listOf(SchoolClass schoolClass) {
        return list("schoolClass = ?1 order by dueAt, id", schoolClass);
    }

    public static List<Assignment> listOf(QuestionSet set) {
        return list("questionSet = ?1 order by schoolClass.name, id", set);
    }

    public static boolean anyOf(QuestionSet set) {
        return count("questionSet", set) > 0;
    }

    public AssignmentDates dates() {
        return new AssignmentDates(opensAt, dueAt, closesAt);
    }
}
