package org.battlequiz.game;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.battlequiz.ChannelListener;

/**
 * Listens on the game channel on one connection of its own and passes each changed game id to the screens
 * following it on this instance; reconnects when the database went away.
 */
@ApplicationScoped
public class GameListener {
    @Inject
    AgroalDataSource dataSource;

    private final BroadcastProcessor<GameChange> changes = BroadcastProcessor.create();
    private ChannelListener listener;

    void start(@Observes StartupEvent event) {
        listener = new ChannelListener(dataSource, GameSignals.CHANNEL,
                payload -> GameChange.parse(payload).ifPresent(changes::onNext), () -> { }, () -> { });
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.stop();
        }
    }

    /** The changes of games from now on, on any instance. */
    public Multi<GameChange> changes() {
        return changes;
    }
}
