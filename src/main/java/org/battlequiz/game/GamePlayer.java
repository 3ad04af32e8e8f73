package org.battlequiz.game;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;

/** One player of a game: a guest known by the token in their cookie, or a logged-in user. */
@Entity
@Table(name = "game_player")
public class GamePlayer extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "game_id")
    public Game game;

    public String nickname;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "user_id")
    public User user;

    public String token;

    public boolean removed;

    public int score;

    public int streak;

    @Column(name = "joined_at")
    public Instant joinedAt = Instant.now();

    /** Players still in the game, best score first, then who joined first. */
    public static List<GamePlayer> ranking(Game game) {
        return list("game = ?1 and removed = false order by score desc, joinedAt, id", game);
    }

    /** Players still in the game who have not answered the question at index. */
    public static long waitingFor(long gameId, int index) {
        return count("game.id = ?1 and removed = false and id not in (select a.player.id from GameAnswer a"
                + " where a.game.id = ?1 and a.questionIndex = ?2)", gameId, index);
    }

    public static List<GamePlayer> inJoinOrder(Game game) {
        return list("game = ?1 and removed = false order by joinedAt, id", game);
    }
}
