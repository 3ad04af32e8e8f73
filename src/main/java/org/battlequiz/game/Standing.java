package org.battlequiz.game;

import java.util.ArrayList;
import java.util.List;

/** A player's place on the leaderboard; players with the same score share a rank. */
public record Standing(int rank, long playerId, String nickname, int score) {
    static List<Standing> of(List<GamePlayer> ranking) {
        List<Standing> standings = new ArrayList<>();
        for (int i = 0; i < ranking.size(); i++) {
            GamePlayer player = ranking.get(i);
            int rank = i > 0 && ranking.get(i - 1).score == player.score ? standings.get(i - 1).rank() : i + 1;
            standings.add(new Standing(rank, player.id, player.nickname, player.score));
        }
        return standings;
    }
}
