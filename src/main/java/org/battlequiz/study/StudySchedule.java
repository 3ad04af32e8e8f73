package org.battlequiz.study;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;

/** One learner's FSRS memory of one card. */
@Entity
@Table(name = "study_schedule")
public class StudySchedule extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    public User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "card_id")
    public StudyCard card;

    @Enumerated(EnumType.STRING)
    public CardPhase phase = CardPhase.NEW;

    public int step;

    public double stability;

    public double difficulty;

    public Instant due;

    @Column(name = "last_review")
    public Instant lastReview;

    public int reps;

    public int lapses;

    /** The learner's schedule of the card, locked until the transaction ends. */
    public static Optional<StudySchedule> lockFor(User user, StudyCard card) {
        return find("user = ?1 and card = ?2", user, card).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }

    public CardState state() {
        return new CardState(phase, step, stability, difficulty, due, lastReview, reps, lapses);
    }

    void apply(CardState state) {
        phase = state.state();
        step = state.step();
        stability = state.stability();
        difficulty = state.difficulty();
        due = state.due();
        lastReview = state.lastReview();
        reps = state.reps();
        lapses = state.lapses();
    }
}
