package org.battlequiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Tells every instance that a game changed: a PostgreSQL NOTIFY "id:kind", delivered when the transaction commits. */
@ApplicationScoped
public class GameSignals {
    static final String CHANNEL = "battlequiz_game";

    @Inject
    EntityManager em;

    static final String MOVED = "moved";
    static final String PLAYERS = "players";

    /** The game moved on (a question opened or closed, a pause, the end): every screen follows. */
    void changed(Game game) {
        game.version++;
        send(game, MOVED);
    }

    /** Someone joined, left or answered: only the host's screen follows. */
    void playersChanged(Game game) {
        send(game, PLAYERS);
    }

    private void send(Game game, String kind) {
        em.createNativeQuery("select pg_notify('" + CHANNEL + "', ?1)")
                .setParameter(1, game.id + ":" + kind).getSingleResult();
    }
}
