package org.battlequiz.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.battlequiz.support.ApiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text that is no readable battle article gets a 422 naming what was expected, on both endpoints. */
@QuarkusTest
class ApiUnreadableArticleTest {
    private static final int ONE_MIB = 1024 * 1024;

    private static void expect422(String endpoint, String body, String expected) {
        ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8").body(body).post(endpoint)
                .then().statusCode(422).contentType(ContentType.JSON).body("error", containsString(expected));
    }

    private static String seedArticle() throws Exception {
        return Files.readString(Path.of("questions/articles/00_second-battle-of-al-qusayr.txt"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void aWikipediaArticleThatIsNoBattleIsRefused(String endpoint) {
        String city = String.join("\n", "Lyon", "", "Lyon", "Prefecture of the Rhône department", "Country France",
                "Government", " • Mayor Grégory Doucet", "Area", " • City 47.87 km2", "",
                "Lyon is the third-largest city of France, at the confluence of the Rhône and the Saône.[1]", "",
                "  1. ^ INSEE.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");
        expect422(endpoint, city, "Belligerents");
    }

    @Test
    void anArticleCutOffInItsInfoboxIsReadWithAWarning() throws Exception {
        String seed = seedArticle();
        ApiClient.fromFreshClient().contentType("text/plain; charset=UTF-8")
                .body(seed.substring(0, seed.indexOf("Strength"))).post("/api/facts")
                .then().statusCode(200)
                .body("title", equalTo("Second Battle of al-Qusayr"))
                .body("warnings[0]", containsString("stops"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/facts", "/api/questions"})
    void aLineFillingTheWholeBodyLimitIsRefused(String endpoint) throws Exception {
        String head = seedArticle().lines().limit(12).reduce("", (a, b) -> a + b + "\n");
        String body = head + "x".repeat(ONE_MIB - head.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        expect422(endpoint, body, "line");
    }
}
