package org.battlequiz.game;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on the game channel on one connection of its own and passes each changed game id to the screens
 * following it on this instance; reconnects when the database went away.
 */
@ApplicationScoped
public class GameListener {
    private static final Logger LOG = Logger.getLogger(GameListener.class);

    @Inject
    AgroalDataSource dataSource;

    private final BroadcastProcessor<GameChange> changes = BroadcastProcessor.create();
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "game-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** The changes of games from now on, on any instance. */
    public Multi<GameChange> changes() {
        return changes;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + GameSignals.CHANNEL);
                PGConnection listening = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = listening.getNotifications(1000);
                    if (received != null) {
                        for (PGNotification notification : received) {
                            GameChange.parse(notification.getParameter()).ifPresent(changes::onNext);
                        }
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.debugf("Game listener reconnecting: %s", e.getMessage());
                    pause();
                }
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
