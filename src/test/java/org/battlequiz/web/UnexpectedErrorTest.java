package org.battlequiz.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UnexpectedErrorTest {

    @Test
    void anApiFailureIsAJson500WithoutDetails() {
        given().get("/api/test-only/failure").then().statusCode(500).contentType(ContentType.JSON)
                .body("error", containsString("went wrong"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void aPageFailureIsAFriendlyPageWithoutDetails() {
        given().get("/test-only/failure").then().statusCode(500).contentType(ContentType.HTML)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .body(containsString("Back to the quizzes"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void aLostDatabaseConnectionIsA503ThatSaysToTryAgain() {
        given().get("/test-only/database-away").then().statusCode(503).contentType(ContentType.HTML)
                .header("Retry-After", "5").body(containsString("try again in a moment"))
                .body(not(containsString("08006")));
        given().get("/api/test-only/database-away").then().statusCode(503).contentType(ContentType.JSON)
                .body("error", containsString("try again in a moment"));
    }

    @Test
    void everyConnectionBusyIsA503PageThatLoadsItselfAgain() {
        given().get("/test-only/pool-busy").then().statusCode(503).contentType(ContentType.HTML)
                .body(containsString("try again in a moment"))
                .body(containsString("<meta http-equiv=\"refresh\" content=\"5\">"));
        given().get("/test-only/failure").then().statusCode(500).body(not(containsString("http-equiv=\"refresh\"")));
    }
}
