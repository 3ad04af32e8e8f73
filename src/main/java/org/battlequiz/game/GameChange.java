package org.battlequiz.game;

import java.util.Optional;

/** One notification of the game channel: which game, and whether it moved on or its players changed. */
public record GameChange(long gameId, String kind) {
    static Optional<GameChange> parse(String payload) {
        int colon = payload == null ? -1 : payload.indexOf(':');
        try {
            return colon < 0 ? Optional.empty()
                    : Optional.of(new GameChange(Long.parseLong(payload.substring(0, colon)), payload.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
