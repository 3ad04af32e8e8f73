package org.battlequiz.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.battlequiz.authoring.JoinCodes;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.RouteMatrix;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every class route, and every route to an assigned set, against an anonymous visitor, a learner in the class, a
 * learner not in it, another teacher, the class's and set's owner and an admin.
 */
@QuarkusTest
class ClassRoutesAuthorizationTest {
    enum Caller { ANONYMOUS, LEARNER_IN_CLASS, LEARNER_NOT_IN_CLASS, OTHER_TEACHER, OWNER, ADMIN }

    /** A route with {class}, {member}, {assignment}, {set}, {code} and {setcode}, and each caller's status. */
    record Route(String method, String path, Map<String, String> form, Map<Caller, Integer> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static Map<Caller, Integer> statuses(int anonymous, int in, int out, int other, int owner, int admin) {
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        expected.put(Caller.ANONYMOUS, anonymous);
        expected.put(Caller.LEARNER_IN_CLASS, in);
        expected.put(Caller.LEARNER_NOT_IN_CLASS, out);
        expected.put(Caller.OTHER_TEACHER, other);
        expected.put(Caller.OWNER, owner);
        expected.put(Caller.ADMIN, admin);
        return expected;
    }

    /** A teacher's route: login first, no learner, another teacher only where it concerns no class or set. */
    private static Route teacher(String method, String path, Map<String, String> form, int ownerStatus,
                                 boolean ownedObject) {
        return new Route(method, path, form, statuses(302, 403, 403, ownedObject ? 403 : ownerStatus, ownerStatus,
                ownerStatus));
    }

    private static final Map<String, String> DATES = Map.of("classId", "{class}", "opensAt", "2026-01-01T08:00",
            "dueAt", "2036-01-01T08:00", "closesAt", "2036-01-02T08:00");

    static final List<Route> ROUTES = List.of(
            teacher("GET", "/teach/classes/new", Map.of(), 200, false),
            teacher("POST", "/teach/classes", Map.of("name", "Another class"), 303, false),
            teacher("GET", "/teach/classes/{class}", Map.of(), 200, true),
            teacher("POST", "/teach/classes/{class}/members/{member}/remove", Map.of(), 303, true),
            teacher("POST", "/teach/classes/{class}/members/{member}/extra-time", Map.of("percent", "25"), 303, true),
            teacher("POST", "/teach/classes/{class}/assignments/{assignment}/extension",
                    Map.of("member", "{member}", "dueAt", "2036-01-01T09:00"), 303, true),
            teacher("GET", "/teach/sets/{set}/assign", Map.of(), 200, true),
            teacher("POST", "/teach/sets/{set}/assignments", DATES, 303, true),
            teacher("POST", "/teach/sets/{set}/visibility", Map.of("listed", "public"), 303, true),
            new Route("GET", "/classes", Map.of(), statuses(302, 200, 200, 200, 200, 200)),
            new Route("POST", "/classes/join", Map.of("code", "{code}"), statuses(302, 303, 303, 409, 409, 409)),
            new Route("GET", "/classes/join/{code}", Map.of(), statuses(303, 200, 200, 200, 200, 200)),
            new Route("GET", "/sets/{set}", Map.of(), statuses(404, 200, 404, 404, 200, 200)),
            new Route("POST", "/sets/{set}/attempts", Map.of(), statuses(302, 303, 404, 404, 303, 303)),
            new Route("GET", "/study/set-{set}", Map.of(), statuses(302, 200, 404, 404, 200, 200)),
            new Route("POST", "/study/set-{set}/more", Map.of("count", "5", "base", "0"),
                    statuses(302, 303, 404, 404, 303, 303)),
            new Route("POST", "/study/set-{set}/again", Map.of(), statuses(302, 303, 404, 404, 303, 303)),
            new Route("GET", "/study/set-{set}?again=1", Map.of(), statuses(302, 200, 404, 404, 200, 200)),
            new Route("POST", "/join", Map.of("code", "{setcode}"), statuses(404, 303, 404, 404, 303, 303)),
            teacher("GET", "/sets/{set}/games/new", Map.of(), 200, true),
            teacher("POST", "/sets/{set}/games", Map.of("questions", "3", "seconds", "20"), 303, true),
            teacher("GET", "/sets/{set}/export?format=gift", Map.of(), 200, true),
            teacher("GET", "/sets/{set}/export?format=moodle-xml", Map.of(), 200, true),
            teacher("GET", "/sets/{set}/export?format=csv", Map.of(), 200, true));

    private static Teachers.Account owner;
    private static Teachers.Account otherTeacher;
    private static Teachers.Account admin;
    private static BrowserSession learnerOutside;

    static Stream<Arguments> matrix() {
        return RouteMatrix.of(ROUTES, Caller.values());
    }

    private static synchronized void accounts() {
        if (owner == null) {
            owner = Teachers.teacher("owner");
            otherTeacher = Teachers.teacher("rival");
            admin = Teachers.admin("admin");
            learnerOutside = BrowserSession.learner("outside");
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void everyClassRouteAdmitsOnlyThoseItConcerns(Route route, Caller caller) {
        accounts();
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        String setCode = QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = QuestionSet.findById(setId);
            set.joinCode = JoinCodes.next();
            return set.joinCode;
        });
        long classId = ClassFixtures.createClass(owner.session(), "Class " + System.nanoTime());
        Teachers.Account inClass = Teachers.learner("inside");
        ClassFixtures.join(inClass.session(), classId);
        Instant now = Instant.now();
        long assignmentId = ClassFixtures.assign(owner.session(), setId, classId, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        long memberId = AssignmentAccessTest.memberId(classId, inClass.username());
        Map<String, String> values = Map.of("{class}", String.valueOf(classId), "{member}", String.valueOf(memberId),
                "{assignment}", String.valueOf(assignmentId), "{set}", String.valueOf(setId),
                "{code}", ClassFixtures.codeOf(classId), "{setcode}", setCode);
        BrowserSession session = switch (caller) {
            case ANONYMOUS -> new BrowserSession();
            case LEARNER_IN_CLASS -> inClass.session();
            case LEARNER_NOT_IN_CLASS -> learnerOutside;
            case OTHER_TEACHER -> otherTeacher.session();
            case OWNER -> owner.session();
            case ADMIN -> admin.session();
        };
        String path = fill(route.path(), values);
        Map<String, String> form = new java.util.HashMap<>();
        route.form().forEach((name, value) -> form.put(name, fill(value, values)));
        Response response = route.method().equals("GET") ? session.get(path) : session.postForm(path, form);
        assertEquals(route.expected().get(caller).intValue(), response.statusCode(), route + " as " + caller);
        if (response.statusCode() == 302) {
            assertEquals(true, response.header("Location").endsWith("/login"), route + " sends to the login");
        }
    }

    private static String fill(String text, Map<String, String> values) {
        String filled = text;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        return filled;
    }
}
