package org.battlequiz.game;

/** What is stored: waiting for players, playing (one question at a time), or over. */
public enum GameState {
    LOBBY, QUESTION, ENDED
}
