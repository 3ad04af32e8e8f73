package org.battlequiz.game;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A player's one answer to one question of a game; written once (see {@link GameAnswers}), then only read. */
@Entity
@Table(name = "game_answer")
public class GameAnswer extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id")
    public Game game;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "player_id")
    public GamePlayer player;

    @Column(name = "question_index")
    public int questionIndex;

    @Column(name = "question_id")
    public long questionId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> response = new ArrayList<>();

    public double fraction;

    public int points;

    @Column(name = "streak_before")
    public int streakBefore;

    @Column(name = "elapsed_ms")
    public long elapsedMs;

    @Column(name = "answered_at")
    public Instant answeredAt;

    public static List<GameAnswer> of(Game game, int questionIndex) {
        return list("game = ?1 and questionIndex = ?2", game, questionIndex);
    }

    public static List<GameAnswer> allOf(Game game) {
        return list("game = ?1 order by questionIndex, id", game);
    }
}
