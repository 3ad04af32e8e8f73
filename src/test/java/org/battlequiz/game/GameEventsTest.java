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
 * The event stream a page follows: a join tells the host's screen, a host action tells every screen, and so does a
 * notification sent on the channel from any connection, as another instance serving the game sends it.
 */
@QuarkusTest
class GameEventsTest {
    @TestHTTPResource("/")
    URL root;

    @Test
    void aJoinAndAStartReachTheEventStreamThroughThePostgresqlChannel() throws Exception {
        BrowserSession host = Teachers.teacher("host").session();
        long gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), true);
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "games/" + gameId + "/events"))
                .header("Accept", "text/event-stream").build();
        CompletableFuture<HttpResponse<Stream<String>>> stream = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofLines());
        CompletableFuture<Void> reading = stream.thenAccept(response -> response.body()
                .filter(line -> line.startsWith("data:")).map(line -> line.substring(5).strip())
                .filter(data -> !data.equals("waiting")).forEach(received::add));
        try {
            stream.get(10, TimeUnit.SECONDS);
            GameFixtures.join(new BrowserSession(), gameId, "Ada").then().statusCode(303);
            assertEquals("players", received.poll(10, TimeUnit.SECONDS));
            GameFixtures.hostAction(host, gameId, "start", -1);
            assertEquals("moved", received.poll(10, TimeUnit.SECONDS));
            QuarkusTransaction.requiringNew().run(() -> Game.getEntityManager()
                    .createNativeQuery("select pg_notify('battlequiz_game', ?1)").setParameter(1, gameId + ":moved")
                    .getSingleResult());
            assertEquals("moved", received.poll(10, TimeUnit.SECONDS), "as another instance's change would arrive");
        } finally {
            reading.cancel(true);
            stream.thenAccept(response -> response.body().close());
        }
    }
}
