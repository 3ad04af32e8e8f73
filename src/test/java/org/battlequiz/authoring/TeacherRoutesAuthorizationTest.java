package org.battlequiz.authoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.RouteMatrix;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.battlequiz.question.SetStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every teacher route against an anonymous visitor, a learner, another teacher and the set's owner. */
@QuarkusTest
class TeacherRoutesAuthorizationTest {
    private static final String GIFT = "::q1:: The ford was crossed at dawn. {T}\n";

    enum Caller { ANONYMOUS, LEARNER, OTHER_TEACHER, OWNER }

    /** A route: method, path with {set} and {item}, form fields, whether it concerns one set, owner's status. */
    record Route(String method, String path, Map<String, String> form, boolean multipart, boolean perSet,
                 int ownerStatus) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Map<String, String> itemFields() {
        var item = ItemForm.of(QuizFixtures.EVERY_TYPE.get(0));
        return Map.of("type", item.type(), "prompt", item.prompt(), "options", item.options(), "keys", item.keys());
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/teach", Map.of(), false, false, 200),
            new Route("GET", "/teach/new", Map.of(), false, false, 200),
            new Route("POST", "/teach/sets", Map.of("text", ""), true, false, 422),
            new Route("POST", "/teach/sets/blank", Map.of("title", "Blank"), false, false, 303),
            new Route("POST", "/teach/sets/from-address", Map.of("address", ""), false, false, 422),
            new Route("GET", "/teach/sets/{set}", Map.of(), false, true, 200),
            new Route("POST", "/teach/sets/{set}/options", Map.of("title", "T", "grading", "last",
                    "feedback", "AFTER_SUBMIT"), false, true, 303),
            new Route("GET", "/teach/sets/{set}/publish", Map.of(), false, true, 200),
            new Route("POST", "/teach/sets/{set}/status", Map.of("action", "publish"), false, true, 303),
            new Route("GET", "/teach/sets/{set}/facts", Map.of(), false, true, 200),
            new Route("POST", "/teach/sets/{set}/facts/move", Map.of("kind", "commander", "side", "0",
                    "target", "Earl of Essex", "toSide", "1"), false, true, 303),
            new Route("POST", "/teach/sets/{set}/facts/fix", Map.of("kind", "place", "place", "Edge Hill"), false,
                    true, 303),
            new Route("POST", "/teach/sets/{set}/facts/remove", Map.of("kind", "commander", "side", "0",
                    "target", "Earl of Forth"), false, true, 303),
            new Route("POST", "/teach/sets/{set}/facts/add", Map.of("kind", "belligerent", "side", "1",
                    "name", "Scots"), false, true, 303),
            new Route("POST", "/teach/sets/{set}/facts/confirm", Map.of("kind", "belligerent", "side", "0",
                    "target", "Royalists"), false, true, 303),
            new Route("POST", "/teach/sets/{set}/facts/regenerate", Map.of(), false, true, 303),
            new Route("POST", "/teach/sets/{set}/import", Map.of("format", "gift"), true, true, 303),
            new Route("GET", "/teach/sets/{set}/import/{pending}", Map.of(), false, true, 200),
            new Route("POST", "/teach/sets/{set}/import/{pending}/confirm", Map.of(), false, true, 303),
            new Route("POST", "/teach/sets/{set}/import/{pending}/discard", Map.of(), false, true, 303),
            new Route("GET", "/teach/sets/{set}/review", Map.of(), false, true, 200),
            new Route("GET", "/teach/sets/{set}/review?status=pending&type=single_choice&sort=score-low", Map.of(),
                    false, true, 200),
            new Route("POST", "/teach/sets/{set}/review/selected", Map.of("action", "accept", "item", "{item}"),
                    false, true, 303),
            new Route("POST", "/teach/sets/{set}/items/{item}/flag", Map.of("flagged", "true"), false, true, 303),
            new Route("POST", "/teach/sets/{set}/items/{item}/accept", Map.of(), false, true, 303),
            new Route("POST", "/teach/sets/{set}/items/{item}/reject", Map.of("reason", "UNCLEAR"), false, true, 303),
            new Route("GET", "/teach/sets/{set}/items/{item}/edit", Map.of(), false, true, 200),
            new Route("POST", "/teach/sets/{set}/items/{item}/edit", itemFields(), false, true, 303),
            new Route("GET", "/teach/sets/{set}/items/new?type=numeric", Map.of(), false, true, 200),
            new Route("POST", "/teach/sets/{set}/items", itemFields(), false, true, 303),
            new Route("POST", "/teach/sets/{set}/items/{item}/move", Map.of("direction", "down"), false, true, 303),
            new Route("POST", "/teach/sets/{set}/items/{item}/remove", Map.of(), false, true, 303),
            new Route("GET", "/teach/sets/{set}/results", Map.of(), false, true, 200),
            new Route("GET", "/teach/sets/{set}/results.csv", Map.of(), false, true, 200),
            new Route("GET", "/sets/{set}/export?format=gift", Map.of(), false, true, 200),
            new Route("GET", "/sets/{set}/export?format=moodle-xml", Map.of(), false, true, 200),
            new Route("GET", "/sets/{set}/export?format=csv", Map.of(), false, true, 200));

    private static Teachers.Account owner;
    private static Teachers.Account otherTeacher;
    private static BrowserSession learner;

    static Stream<Arguments> matrix() {
        return RouteMatrix.of(ROUTES, Caller.values());
    }

    private static synchronized void accounts() {
        if (owner == null) {
            owner = Teachers.teacher("owner");
            otherTeacher = Teachers.teacher("rival");
            learner = BrowserSession.learner("pupil");
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyTeacherRouteAdmitsOnlyItsOwner(Route route, Caller caller) {
        accounts();
        long setId = Teachers.ownedSetWithArticle(owner.username(), SetStatus.DRAFT);
        long itemId = QuizFixtures.questionIds(setId).get(0);
        String path = route.path().replace("{set}", String.valueOf(setId)).replace("{item}", String.valueOf(itemId));
        if (path.contains("{pending}")) {
            path = path.replace("{pending}", pendingImport(setId));
        }
        BrowserSession session = switch (caller) {
            case ANONYMOUS -> new BrowserSession();
            case LEARNER -> learner;
            case OTHER_TEACHER -> otherTeacher.session();
            case OWNER -> owner.session();
        };
        Response response = send(session, route, path, String.valueOf(itemId));
        switch (caller) {
            case ANONYMOUS -> response.then().statusCode(302).header("Location", endsWith("/login"));
            case LEARNER -> response.then().statusCode(403).body(containsString("not allowed to open this page"));
            case OTHER_TEACHER -> assertEquals(route.perSet() ? 403 : route.ownerStatus(), response.statusCode(), path);
            case OWNER -> assertEquals(route.ownerStatus(), response.statusCode(), path);
        }
    }

    @Test
    void anyTeacherDownloadsAPublishedSetAndAnAdminOpensEveryPage() {
        accounts();
        long published = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        otherTeacher.session().get("/sets/" + published + "/export?format=gift").then().statusCode(200)
                .header("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename="));
        otherTeacher.session().get("/teach/sets/" + published + "/results").then().statusCode(403);
        learner.get("/sets/" + published + "/export?format=gift").then().statusCode(403);
        Teachers.Account admin = Teachers.admin("admin");
        admin.session().get("/teach/sets/" + published).then().statusCode(200);
        admin.session().get("/teach/sets/" + published + "/results").then().statusCode(200);
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefused() {
        accounts();
        long setId = Teachers.ownedSet(owner.username(), SetStatus.DRAFT);
        owner.session().request().contentType("application/x-www-form-urlencoded").formParam("action", "publish")
                .post("/teach/sets/" + setId + "/status").then().statusCode(400);
    }

    /** The owner's uploaded file waiting on its preview page: the id its redirect names. */
    private static String pendingImport(long setId) {
        String location = Teachers.postMultipart(owner.session(), "/teach/sets/" + setId + "/import",
                        Map.of("format", "gift"), "file", "q.gift", GIFT.getBytes(StandardCharsets.UTF_8))
                .then().statusCode(303).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Response send(BrowserSession session, Route route, String path, String itemId) {
        if (route.method().equals("GET")) {
            return session.get(path);
        }
        if (route.multipart()) {
            byte[] file = route.path().endsWith("/import") ? GIFT.getBytes(StandardCharsets.UTF_8) : null;
            return Teachers.postMultipart(session, path, route.form(), "file", "items.gift", file);
        }
        Map<String, String> form = new java.util.HashMap<>(route.form());
        form.replaceAll((name, value) -> value.replace("{item}", itemId));
        return session.postForm(path, form);
    }
}
