package org.battlequiz.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;
import org.battlequiz.question.QuestionSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A live game of a set: its settings, and which question is open until when (server time). */
@Entity
public class Game extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet questionSet;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id")
    public User host;

    public String pin;

    /** the questions played, in order */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "question_ids")
    public List<Long> questionIds = new ArrayList<>();

    /** the indexes of the questions the host skipped */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "skipped_indexes")
    public List<Integer> skippedIndexes = new ArrayList<>();

    /** the set's items left out because they ask for a long typed answer */
    @Column(name = "skipped_long_answers")
    public int skippedLongAnswers;

    @Column(name = "seconds_per_question")
    public int secondsPerQuestion = 20;

    @Column(name = "speed_points")
    public boolean speedPoints = true;

    @Enumerated(EnumType.STRING)
    public GameState state = GameState.LOBBY;

    @Column(name = "question_index")
    public int questionIndex = -1;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "paused_at")
    public Instant pausedAt;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "ended_at")
    public Instant endedAt;

    /** raised on every change the screens must follow */
    public int version;

    public Phase phase(Instant now) {
        return switch (state) {
            case LOBBY -> Phase.LOBBY;
            case ENDED -> Phase.ENDED;
            case QUESTION -> pausedAt != null ? Phase.PAUSED : now.isBefore(closesAt) ? Phase.OPEN : Phase.CLOSED;
        };
    }

    /** Seconds left on the open question, rounded up; 0 once closed. */
    public long secondsLeft(Instant now) {
        Instant reference = pausedAt != null ? pausedAt : now;
        if (closesAt == null || !reference.isBefore(closesAt)) {
            return 0;
        }
        return (Duration.between(reference, closesAt).toMillis() + 999) / 1000;
    }

    public boolean isLastQuestion() {
        return questionIndex >= questionIds.size() - 1;
    }

    public boolean wasSkipped(int index) {
        return skippedIndexes.contains(index);
    }

    void markSkipped(int index) {
        List<Integer> skipped = new ArrayList<>(skippedIndexes);
        skipped.add(index);
        skippedIndexes = skipped;
    }

    public Long currentQuestionId() {
        return questionIndex >= 0 && questionIndex < questionIds.size() ? questionIds.get(questionIndex) : null;
    }
}
