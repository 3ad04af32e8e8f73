package org.battlequiz.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;

/** The log of one grade: what the card was, the rating, and the interval FSRS gave it. */
@Entity
@Table(name = "study_review")
public class StudyReview extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "schedule_id")
    public StudySchedule schedule;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @Column(name = "review_number")
    public int reviewNumber;

    @Enumerated(EnumType.STRING)
    public Rating rating;

    @Enumerated(EnumType.STRING)
    @Column(name = "phase_before")
    public CardPhase phaseBefore;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "interval_seconds")
    public long intervalSeconds;

    public double stability;

    public double difficulty;

    static StudyReview of(StudySchedule schedule, CardPhase before, ReviewResult result) {
        StudyReview review = new StudyReview();
        review.schedule = schedule;
        review.user = schedule.user;
        review.reviewNumber = result.card().reps() - 1;
        review.rating = result.rating();
        review.phaseBefore = before;
        review.reviewedAt = result.reviewedAt();
        review.intervalSeconds = result.interval().toSeconds();
        review.stability = result.card().stability();
        review.difficulty = result.card().difficulty();
        return review;
    }

    static java.util.Set<Long> cardsGradedSince(User user, Instant since) {
        return java.util.Set.copyOf(getEntityManager().createQuery("""
                        select distinct r.schedule.card.id from StudyReview r
                        where r.user = :user and r.reviewedAt >= :since""", Long.class)
                .setParameter("user", user).setParameter("since", since).getResultList());
    }

    static long newCardsSince(User user, Instant since) {
        return count("user = ?1 and phaseBefore = ?2 and reviewedAt >= ?3", user, CardPhase.NEW, since);
    }
}
