package org.battlequiz.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;

/** One learner's go at one question set; scored once, when it leaves IN_PROGRESS. */
@Entity
public class Attempt extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet questionSet;

    @Enumerated(EnumType.STRING)
    public AttemptState state = AttemptState.IN_PROGRESS;

    @Column(name = "started_at")
    public Instant startedAt = Instant.now();

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** When the time limit runs out; null when the set has none. */
    public Instant deadline;

    /** The page the learner was last sent to, where a resumed attempt opens. */
    @Column(name = "current_page")
    public int currentPage = 1;

    public Double score;

    @Column(name = "max_score")
    public Double maxScore;

    @Version
    public int version;

    /** A retry of the questions another attempt got wrong: scored and reviewed, but never a graded attempt. */
    public boolean practice;

    /** The class assignment the attempt was started under; null for a set started outside any class. */
    @Column(name = "assignment_id")
    public Long assignmentId;

    /** The learner's due date under that assignment (a later one for them included); submitted after it is late. */
    @Column(name = "due_at")
    public Instant dueAt;

    /** Submitted, or closed overdue, after its due date. */
    public boolean late;

    /** The attempt whose wrong answers a practice attempt retries. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "retry_of")
    public Attempt retryOf;

    /** The learner's submitted or overdue graded attempts at the set: what "attempts allowed" counts. */
    public static long countFinished(User user, QuestionSet set) {
        return count("user = ?1 and questionSet = ?2 and state <> ?3 and practice = false", user, set,
                AttemptState.IN_PROGRESS);
    }

    /** The learner's finished graded attempts at the set, the last submitted first. */
    public static List<Attempt> listFinished(User user, QuestionSet set) {
        return list("user = ?1 and questionSet = ?2 and state <> ?3 and practice = false"
                + " order by submittedAt desc, id desc", user, set, AttemptState.IN_PROGRESS);
    }

    /** The learner's open graded attempt at the set. */
    public static Optional<Attempt> findOpen(User user, QuestionSet set) {
        return find("user = ?1 and questionSet = ?2 and state = ?3 and practice = false", user, set,
                AttemptState.IN_PROGRESS).firstResultOptional();
    }

    public static Optional<Attempt> findOpenRetry(Attempt retried) {
        return find("retryOf = ?1 and state = ?2", retried, AttemptState.IN_PROGRESS).firstResultOptional();
    }

    /** Open attempts past their deadline, or whose set is no longer published. */
    public static List<Attempt> listDueToClose(Instant deadlineBefore) {
        return list("state = ?1 and (deadline < ?2 or questionSet.status <> ?3)", AttemptState.IN_PROGRESS,
                deadlineBefore, SetStatus.PUBLISHED);
    }

    /** Ids of the learner's open attempts past their deadline, or whose set is no longer published. */
    public static List<Long> listDueToClose(String username, Instant deadlineBefore) {
        return getEntityManager().createQuery("""
                select a.id from Attempt a
                where a.user.username = :username and a.state = :open
                  and (a.deadline < :before or a.questionSet.status <> :published)""", Long.class)
                .setParameter("username", username).setParameter("open", AttemptState.IN_PROGRESS)
                .setParameter("before", deadlineBefore).setParameter("published", SetStatus.PUBLISHED)
                .getResultList();
    }

    public boolean isOpen() {
        return state == AttemptState.IN_PROGRESS;
    }

    public boolean belongsTo(String username) {
        return user.username.equals(username);
    }
}
