package org.battlequiz.game;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Server-sent events for the page script: "moved" when the game moved on, and with follow=players (the host's
 * screen) also "players" when someone joined, answered or was removed (on any instance); "waiting" every 20 seconds
 * keeps proxies from closing the stream.
 */
@Path("/games/{id}/events")
public class GameEventsResource {
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    @Inject
    GameListener listener;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public Multi<String> events(@RestPath long id, @RestQuery String follow) {
        boolean players = GameSignals.PLAYERS.equals(follow);
        Multi<String> changes = listener.changes()
                .filter(change -> change.gameId() == id && (players || GameSignals.MOVED.equals(change.kind())))
                .map(GameChange::kind);
        Multi<String> keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).map(tick -> "waiting");
        return Multi.createBy().merging().streams(changes, keepAlive);
    }
}
