package org.battlequiz.game;

import org.battlequiz.DomainException;

/** A game action refused: no such game (404), not the host (403), or input the game cannot take (422). */
public class GameException extends DomainException {
    private GameException(int status, String message) {
        super(status, message);
    }

    static GameException notFound(String message) {
        return new GameException(404, message);
    }

    static GameException forbidden(String message) {
        return new GameException(403, message);
    }

    static GameException refused(String message) {
        return new GameException(422, message);
    }
}
