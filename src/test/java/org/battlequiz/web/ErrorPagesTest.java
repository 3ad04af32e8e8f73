package org.battlequiz.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.battlequiz.support.BrowserSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A mistyped address is a readable 404 page, for a visitor and for a logged-in user alike. */
@QuarkusTest
class ErrorPagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/sets/1/no-such-page", "/sets/999999", "/teach/sets/1/nothing",
            "/attempts/abc", "/study/x/y/z", "/history/nothing"})
    void anUnknownAddressIsANotFoundPageWithTheUsualNavigation(String path) {
        BrowserSession learner = BrowserSession.learner("lost");
        learner.get(path).then().statusCode(404).contentType(ContentType.HTML)
                .body(containsString("Back to the quizzes"))
                .body(containsString("Log out"))
                .body(not(containsString("incident")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/no-such-page", "/sets/1/no-such-page", "/sets/999999", "/css/none.css"})
    void anUnknownPublicAddressIsANotFoundPageForAVisitor(String path) {
        new BrowserSession().get(path).then().statusCode(404)
                .body(containsString("Back to the quizzes"))
                .body(containsString("Log in"));
    }

    @Test
    void theLogoutLinkOfSuchAPageLeadsToALogoutFormThatEndsTheSession() {
        BrowserSession learner = BrowserSession.learner("leaving");
        learner.get("/no-such-page").then().statusCode(404).body(containsString("href=\"/logout\""));
        learner.get("/logout").then().statusCode(200).body(containsString("action=\"/logout\""));
        learner.postForm("/logout", Map.of()).then().statusCode(303);
        learner.get("/history").then().statusCode(302);
        new BrowserSession().get("/logout").then().statusCode(303).header("Location", "/");
    }
}
