package org.battlequiz.game;

/** What the game shows at a moment of server time: a stored QUESTION is OPEN, PAUSED or CLOSED by the clock. */
public enum Phase {
    LOBBY, OPEN, PAUSED, CLOSED, ENDED;

    public boolean isLobby() {
        return this == LOBBY;
    }

    public boolean isOpen() {
        return this == OPEN;
    }

    public boolean isPaused() {
        return this == PAUSED;
    }

    public boolean isClosed() {
        return this == CLOSED;
    }

    public boolean isEnded() {
        return this == ENDED;
    }

    /** a question is on screen, open, paused or showing its results */
    public boolean isPlaying() {
        return this == OPEN || this == PAUSED || this == CLOSED;
    }
}
