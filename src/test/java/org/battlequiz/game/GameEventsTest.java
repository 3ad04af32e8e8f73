package org.battlequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/**
 * The event streams pages follow: a join tells the host's screen, a host action tells every screen, and so does a
 * notification sent on the channel from any connection, as another instance serving the game sends it. The
 * players' stream carries only the moves.
 */
@QuarkusTest
class GameEventsTest {
    @TestHTTPResource("/")
    URL root;

    /** The data of a stream's events as they arrive, keep-alives left out. */
    private record Following(BlockingQueue<String> received, CompletableFuture<HttpResponse<Stream<String>>> stream) {
        String next() throws InterruptedException {
            return received.poll(10, TimeUnit.SECONDS);
        }

        void close() {
            stream.thenAccept(response -> response.body().close());
        }
    }

    private Following follow(String path) throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path.substring(1)))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = HttpClient.newHttpClient().sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        // read on a pool thread: run inside get() below, the endless stream would hold the test thread
        stream.thenAcceptAsync(response -> response.body().filter(line -> line.startsWith("data:"))
                .map(line -> line.substring(5).strip()).filter(data -> !data.equals("waiting"))
                .forEach(received::add));
        stream.get(10, TimeUnit.SECONDS);
        return new Following(received, stream);
    }

    @Test
    void joinsReachTheHostsStreamAndMovesEveryStreamThroughThePostgresqlChannel() throws Exception {
        BrowserSession host = Teachers.teacher("host").session();
        long gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), true);
        Following hostScreen = follow("/games/" + gameId + "/events?follow=players");
        Following playerScreen = follow("/games/" + gameId + "/events");
        try {
            GameFixtures.join(new BrowserSession(), gameId, "Ada").then().statusCode(303);
            assertEquals("players", hostScreen.next());
            GameFixtures.hostAction(host, gameId, "start", -1);
            assertEquals("moved", hostScreen.next());
            assertEquals("moved", playerScreen.next(), "the join never reached the player's stream");
            QuarkusTransaction.requiringNew().run(() -> Game.getEntityManager()
                    .createNativeQuery("select pg_notify('battlequiz_game', ?1)").setParameter(1, gameId + ":moved")
                    .getSingleResult());
            assertEquals("moved", hostScreen.next(), "as another instance's change would arrive");
            assertEquals("moved", playerScreen.next());
        } finally {
            hostScreen.close();
            playerScreen.close();
        }
    }
}
