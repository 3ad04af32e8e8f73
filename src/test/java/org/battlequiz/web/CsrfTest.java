package org.battlequiz.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form endpoint refuses a post without a Content-Type or with one it does not declare (415), and one
 * without the CSRF token or with another browser's token (400), even from a logged-in admin.
 */
@QuarkusTest
class CsrfTest {
    record Route(String path, boolean multipart) {
        @Override
        public String toString() {
            return "POST " + path;
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("/register", false), new Route("/login", false), new Route("/logout", false),
            new Route("/join", false), new Route("/account/password", false), new Route("/account/settings", false),
            new Route("/admin/users/1/disable", false), new Route("/admin/users/1/enable", false),
            new Route("/admin/users/requests/1/approve", false), new Route("/admin/users/requests/1/decline", false),
            new Route("/admin/users/invites", false), new Route("/teach/sets/from-address", false),
            new Route("/sets/1/attempts", false), new Route("/attempts/1/page", false),
            new Route("/attempts/1/answers", false), new Route("/attempts/1/submit", false),
            new Route("/study/all/cards/1", false), new Route("/study/set-1/more", false),
            new Route("/study/set-1/again", false),
            new Route("/teach/sets", true), new Route("/teach/sets/blank", false),
            new Route("/teach/sets/1/options", false), new Route("/teach/sets/1/status", false),
            new Route("/teach/sets/1/import", true),
            new Route("/teach/sets/1/import/1/confirm", false), new Route("/teach/sets/1/import/1/discard", false), new Route("/teach/sets/1/items/1/accept", false),
            new Route("/teach/sets/1/items/1/reject", false), new Route("/teach/sets/1/items/1/edit", false),
            new Route("/teach/sets/1/items", false), new Route("/teach/sets/1/items/1/move", false),
            new Route("/teach/sets/1/items/1/remove", false), new Route("/teach/sets/1/facts/move", false),
            new Route("/teach/sets/1/facts/fix", false), new Route("/teach/sets/1/facts/remove", false),
            new Route("/teach/sets/1/facts/add", false), new Route("/teach/sets/1/facts/confirm", false),
            new Route("/teach/sets/1/facts/regenerate", false), new Route("/teach/sets/1/items/1/flag", false),
            new Route("/teach/sets/1/review/selected", false),
            new Route("/classes/join", false), new Route("/teach/classes", false),
            new Route("/teach/classes/1/members/1/remove", false), new Route("/teach/classes/1/members/1/extra-time", false),
            new Route("/teach/classes/1/assignments/1/extension", false), new Route("/teach/sets/1/assignments", false),
            new Route("/teach/sets/1/visibility", false));


    private static Teachers.Account victim;
    private static BrowserSession attacker;

    @TestHTTPResource("/")
    URL root;

    static List<Route> routes() {
        return ROUTES;
    }

    private static synchronized void accounts() {
        if (victim == null) {
            victim = Teachers.admin("victim");
            victim.session().get("/history").then().statusCode(200);
            attacker = new BrowserSession();
            attacker.get("/register").then().statusCode(200);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aPostWithoutAContentTypeIsRefused(Route route) throws Exception {
        accounts();
        String cookies = List.of(BrowserSession.SESSION_COOKIE, BrowserSession.CSRF_FIELD).stream()
                .map(name -> name + "=" + victim.session().cookie(name)).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(route.path()))
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(BrowserSession.CSRF_FIELD + "="
                        + victim.session().cookie(BrowserSession.CSRF_FIELD))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(415, response.statusCode(), route.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aPostWithAContentTypeTheEndpointDoesNotDeclareIsRefused(Route route) {
        accounts();
        for (String type : List.of("application/json", "text/plain", "application/xml")) {
            Response response = victim.session().request().contentType(type)
                    .body(BrowserSession.CSRF_FIELD + "=" + victim.session().cookie(BrowserSession.CSRF_FIELD))
                    .post(route.path());
            assertEquals(415, response.statusCode(), route.path() + " as " + type);
        }
        Response otherForm = withToken(route.multipart() ? victim.session().request()
                .contentType("application/x-www-form-urlencoded") : victim.session().request()
                .multiPart("unused", "x"), !route.multipart(), victim.session().cookie(BrowserSession.CSRF_FIELD))
                .post(route.path());
        assertEquals(415, otherForm.statusCode(), route.path() + " as the other form type");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aFormWithoutTheTokenIsRefused(Route route) {
        accounts();
        assertEquals(400, form(route, null).statusCode(), route.path());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void aFormWithAnotherBrowsersTokenIsRefused(Route route) {
        accounts();
        String foreign = attacker.cookie(BrowserSession.CSRF_FIELD);
        assertEquals(400, form(route, foreign).statusCode(), route.path());
    }

    @Test
    void noRefusedPostChangedTheVictimsSession() {
        accounts();
        for (Route route : ROUTES) {
            form(route, null);
            form(route, attacker.cookie(BrowserSession.CSRF_FIELD));
        }
        victim.session().get("/history").then().statusCode(200);
    }

    private static Response form(Route route, String token) {
        RequestSpecification request = victim.session().request();
        request = route.multipart() ? request.multiPart("title", "x") : request.contentType("application/x-www-form-urlencoded")
                .formParam("title", "x");
        return withToken(request, route.multipart(), token).post(route.path());
    }

    private static RequestSpecification withToken(RequestSpecification request, boolean multipart, String token) {
        if (token == null) {
            return request;
        }
        return multipart ? request.multiPart(BrowserSession.CSRF_FIELD, token)
                : request.formParam(BrowserSession.CSRF_FIELD, token);
    }
}
