package org.battlequiz.game;

/** A player in a game: the game's id, and the token their cookie keeps. */
public record Joined(long gameId, String token) {
    public static String cookieName(long gameId) {
        return "battlequiz-game-" + gameId;
    }
}
