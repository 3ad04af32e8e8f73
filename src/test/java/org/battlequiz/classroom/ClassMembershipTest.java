package org.battlequiz.classroom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** A teacher creates a class; learners join it with its code or link; the teacher removes a member. */
@QuarkusTest
class ClassMembershipTest {

    @Test
    void aLearnerJoinsWithTheCodeOnceAndTheTeacherSeesThem() {
        Teachers.Account teacher = Teachers.teacher("form");
        long classId = ClassFixtures.createClass(teacher.session(), "Year 9 History");
        String code = ClassFixtures.codeOf(classId);
        teacher.session().get("/teach/classes/" + classId).then().statusCode(200)
                .body(containsString("Year 9 History")).body(containsString(code))
                .body(containsString("/classes/join/" + code)).body(containsString("Nobody has joined yet"));
        Teachers.Account learner = Teachers.learner("pupil");
        learner.session().postForm("/classes/join", Map.of("code", code.toLowerCase() + " ")).then().statusCode(303)
                .header("Location", containsString("/classes?done=joined"));
        learner.session().postForm("/classes/join", Map.of("code", code)).then().statusCode(303);
        assertEquals(1L, members(classId), "joining twice keeps one membership");
        learner.session().get("/classes").then().statusCode(200).body(containsString("Year 9 History"))
                .body(containsString("Teacher: " + teacher.username()));
        teacher.session().get("/teach/classes/" + classId).then().body(containsString(learner.username()))
                .body(containsString("Members (1)"));
        teacher.session().get("/teach").then().statusCode(200).body(containsString("New class"))
                .body(containsString("/teach/classes/" + classId)).body(containsString("1 learner"));
    }

    @Test
    void aClassNameMustBeGivenAndNotTooLong() {
        Teachers.Account teacher = Teachers.teacher("names");
        teacher.session().postForm("/teach/classes", Map.of("name", "   ")).then().statusCode(422)
                .body(containsString("Give the class a name of 1 to 100 characters."));
        teacher.session().postForm("/teach/classes", Map.of("name", "x".repeat(101))).then().statusCode(422)
                .body(containsString("Give the class a name of 1 to 100 characters."));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> SchoolClass.count("teacher.username",
                teacher.username())));
    }

    @Test
    void aMistypedOrUnknownCodeIsExplainedAndOnlyLearnersJoin() {
        Teachers.Account teacher = Teachers.teacher("codes");
        long classId = ClassFixtures.createClass(teacher.session(), "Codes");
        BrowserSession learner = BrowserSession.learner("typo");
        learner.postForm("/classes/join", Map.of("code", "12")).then().statusCode(422)
                .body(containsString("A class code has 6 letters and digits"));
        String unknown = ClassFixtures.codeOf(classId).equals("ZZZZZZ") ? "YYYYYY" : "ZZZZZZ";
        learner.postForm("/classes/join", Map.of("code", unknown)).then().statusCode(404)
                .body(containsString("No class has the code " + unknown));
        Teachers.teacher("other").session().postForm("/classes/join",
                Map.of("code", ClassFixtures.codeOf(classId))).then().statusCode(409)
                .body(containsString("Only learner accounts join classes"));
        assertEquals(0L, members(classId));
    }

    @Test
    void aVisitorFollowingTheJoinLinkLogsInAndComesBackToJoin() {
        Teachers.Account teacher = Teachers.teacher("link");
        long classId = ClassFixtures.createClass(teacher.session(), "Linked class");
        String code = ClassFixtures.codeOf(classId);
        Teachers.Account learner = Teachers.learner("linked");
        BrowserSession visitor = new BrowserSession();
        String login = visitor.get("/classes/join/" + code).then().statusCode(303)
                .header("Location", containsString("/login?next=")).extract().header("Location");
        visitor.request().urlEncodingEnabled(false).get(login.substring(login.indexOf("/login"))).then().statusCode(200)
                .body(containsString("name=\"next\" value=\"/classes/join/" + code + "\""));
        visitor.postForm("/login", Map.of("j_username", learner.username(), "j_password", BrowserSession.PASSWORD,
                "next", "/classes/join/" + code)).then().statusCode(302)
                .header("Location", endsWith("/classes/join/" + code));
        visitor.get("/classes/join/" + code).then().statusCode(200).body(containsString("Linked class"))
                .body(containsString("Join the class"));
        visitor.postForm("/classes/join", Map.of("code", code)).then().statusCode(303);
        visitor.get("/classes/join/" + code).then().statusCode(200).body(containsString("You are in this class"))
                .body(not(containsString("Join the class</button>")));
        visitor.postForm("/login", Map.of("j_username", learner.username(), "j_password", BrowserSession.PASSWORD,
                "next", "//evil.example/")).then().header("Location", endsWith("/"));
    }

    @Test
    void theTeacherRemovesAMemberAndRemovingTwiceChangesNothing() {
        Teachers.Account teacher = Teachers.teacher("remover");
        long classId = ClassFixtures.createClass(teacher.session(), "Shrinking class");
        Teachers.Account learner = Teachers.learner("leaver");
        ClassFixtures.join(learner.session(), classId);
        long memberId = QuarkusTransaction.requiringNew().call(() -> ClassMember.<ClassMember>find(
                "schoolClass.id", classId).firstResult().id);
        for (int i = 0; i < 2; i++) {
            teacher.session().postForm("/teach/classes/" + classId + "/members/" + memberId + "/remove", Map.of())
                    .then().statusCode(303);
        }
        assertEquals(0L, members(classId));
        learner.session().get("/classes").then().body(not(containsString("Shrinking class")));
    }

    @Test
    void theAdminListsEveryClassWithItsTeacherAndMemberCount() {
        Teachers.Account teacher = Teachers.teacher("listed");
        String name = "Listed class " + System.nanoTime();
        long classId = ClassFixtures.createClass(teacher.session(), name);
        ClassFixtures.join(Teachers.learner("counted").session(), classId);
        Teachers.admin("lister").session().get("/admin/users").then().statusCode(200)
                .body(containsString(name)).body(containsString("<td>" + teacher.username() + "</td><td>1</td>"));
    }

    @Test
    void teachersLandOnTheirDashboardAfterLoggingIn() {
        Teachers.Account teacher = Teachers.teacher("lander");
        new BrowserSession().login(teacher.username(), BrowserSession.PASSWORD).then().statusCode(302)
                .header("Location", endsWith("/teach"));
    }

    private static long members(long classId) {
        return QuarkusTransaction.requiringNew().call(() -> ClassMember.count("schoolClass.id", classId));
    }
}
