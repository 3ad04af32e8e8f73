package org.battlequiz.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.battlequiz.support.BrowserSession;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A mistyped address is a readable 404 page, and a request with the wrong method a readable 405 page, for a visitor
 * and for a logged-in user alike.
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"/attempts/1/submit", "/attempts/1/page", "/attempts/1/answers", "/teach/sets/1/status",
            "/admin/users/1/disable", "/teach/sets/1/items/1/accept", "/teach/sets/1/options"})
    void aGetToAPostOnlyRouteIsAMethodNotAllowedPage(String path) {
        notAllowedPage(BrowserSession.learner("getter").get(path), "Log out");
        notAllowedPage(new BrowserSession().get(path), "Log in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/history", "/sets/1", "/study", "/attempts/1", "/attempts/1/result", "/teach",
            "/teach/sets/1", "/study/set-1", "/teach/sets/1/results"})
    void aPostToAPageIsAMethodNotAllowedPage(String path) {
        notAllowedPage(BrowserSession.learner("poster").postForm(path, Map.of()), "Log out");
        notAllowedPage(new BrowserSession().postForm(path, Map.of()), "Log in");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PUT", "DELETE", "PATCH"})
    void anotherMethodOnAPageIsAMethodNotAllowedPage(String method) {
        BrowserSession learner = BrowserSession.learner("putter");
        learner.get("/history").then().statusCode(200);
        notAllowedPage(learner.request().contentType(ContentType.URLENC)
                .formParam(BrowserSession.CSRF_FIELD, learner.cookie(BrowserSession.CSRF_FIELD))
                .request(method, "/history"), "Log out");
    }

    private static void notAllowedPage(Response response, String navigation) {
        response.then().statusCode(405).contentType(ContentType.HTML)
                .body(containsString("Method Not Allowed"))
                .body(containsString("pages open from a link"))
                .body(containsString("Back to the quizzes"))
                .body(containsString(navigation))
                .body(not(containsString("incident")));
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
