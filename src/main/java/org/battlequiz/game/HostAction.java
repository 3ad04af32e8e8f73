package org.battlequiz.game;

/** The host's buttons that move a game. */
public enum HostAction {
    START, NEXT, CLOSE, SKIP, PAUSE, RESUME, END
}
