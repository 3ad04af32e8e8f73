package org.battlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.question.Question;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The learner's response to one question of an attempt and, once graded, the fraction of credit (0..1). */
@Entity
@Table(name = "attempt_answer")
public class AttemptAnswer extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "attempt_id")
    public Attempt attempt;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id")
    public Question question;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> response = new ArrayList<>();

    public Double fraction;

    /** Locked by an immediate-feedback check: graded already and no longer changed by saves. */
    public boolean checked;

    /** Marked by the learner to look at again before submitting. */
    public boolean flagged;

    @Column(name = "answered_at")
    public Instant answeredAt = Instant.now();

    public static List<AttemptAnswer> listFor(Attempt attempt) {
        return list("attempt", attempt);
    }
}
