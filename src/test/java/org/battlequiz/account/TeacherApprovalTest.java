package org.battlequiz.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Registration makes learners; a teacher account comes from an admin's approval or an admin's invite code. */
@QuarkusTest
class TeacherApprovalTest {
    @Inject
    FirstAdmin firstAdmin;

    private static String role(String username) {
        return QuarkusTransaction.requiringNew().call(() -> User.findByUsername(username).orElseThrow().role);
    }

    private static BrowserSession registeredAsTeacher(String username, String invite) {
        BrowserSession session = new BrowserSession();
        session.postForm("/register", Map.of("username", username, "password", BrowserSession.PASSWORD,
                "role", "teacher", "invite", invite)).then().statusCode(303);
        session.login(username, BrowserSession.PASSWORD).then().statusCode(302);
        return session;
    }

    private static long requestId(String username) {
        return QuarkusTransaction.requiringNew().call(() -> TeacherRequest.<TeacherRequest>find("user.username",
                username).firstResult().id);
    }

    @Test
    void askingToTeachMakesALearnerUntilAnAdminApproves() {
        String name = BrowserSession.uniqueName("asks");
        BrowserSession asker = new BrowserSession();
        asker.postForm("/register", Map.of("username", name, "password", BrowserSession.PASSWORD, "role", "teacher"))
                .then().statusCode(303).header("Location", endsWith("/login?registered=true&awaiting=true"));
        asker.get("/login?registered=true&awaiting=true").then().body(containsString("until an admin approves"));
        asker.login(name, BrowserSession.PASSWORD).then().statusCode(302);
        assertEquals("learner", role(name));
        asker.get("/teach").then().statusCode(403);

        Teachers.Account admin = Teachers.admin("approver");
        admin.session().get("/admin/users").then().statusCode(200).body(containsString("Approve " + name));
        admin.session().postForm("/admin/users/requests/" + requestId(name) + "/approve", Map.of()).then()
                .statusCode(303);
        assertEquals("teacher", role(name));
        asker.get("/teach").then().statusCode(200);
        admin.session().get("/admin/users").then().body(not(containsString("Approve " + name)));
        admin.session().postForm("/admin/users/requests/" + requestId(name) + "/decline", Map.of()).then()
                .statusCode(409).body(containsString("already decided"));
    }

    @Test
    void aDeclinedRequestLeavesALearner() {
        String name = BrowserSession.uniqueName("declined");
        BrowserSession asker = registeredAsTeacher(name, "");
        Teachers.admin("decider").session().postForm("/admin/users/requests/" + requestId(name) + "/decline",
                Map.of()).then().statusCode(303);
        assertEquals("learner", role(name));
        asker.get("/teach").then().statusCode(403);
    }

    @Test
    void anInviteCodeFromAnAdminMakesATeacherOnceOnly() {
        BrowserSession admin = Teachers.admin("inviter").session();
        admin.postForm("/admin/users/invites", Map.of()).then().statusCode(303);
        String page = admin.get("/admin/users").then().statusCode(200).extract().asString();
        Matcher code = Pattern.compile("<code class=\"code\">([A-Z0-9]{12})</code>").matcher(page);
        assertTrue(code.find(), "the admin page lists the new code");
        String invited = BrowserSession.uniqueName("invited");
        BrowserSession teacher = registeredAsTeacher(invited, code.group(1).toLowerCase());
        assertEquals("teacher", role(invited));
        teacher.get("/teach").then().statusCode(200);
        new BrowserSession().postForm("/register", Map.of("username", BrowserSession.uniqueName("again"),
                        "password", BrowserSession.PASSWORD, "role", "teacher", "invite", code.group(1))).then()
                .statusCode(422).body(containsString("not valid or was already used"));
    }

    @Test
    void onlyAdminsDecideOrIssueCodes() {
        String name = BrowserSession.uniqueName("selfapprove");
        BrowserSession asker = registeredAsTeacher(name, "");
        asker.postForm("/admin/users/requests/" + requestId(name) + "/approve", Map.of()).then().statusCode(403);
        asker.postForm("/admin/users/invites", Map.of()).then().statusCode(403);
        Teachers.teacher("notadmin").session().postForm("/admin/users/invites", Map.of()).then().statusCode(403);
        new BrowserSession().postForm("/admin/users/invites", Map.of()).then().statusCode(302)
                .header("Location", containsString("/login"));
        assertEquals("learner", role(name));
    }

    @Test
    void theFirstAdminComesFromSettingsOnlyWhileThereIsNone() {
        String first = BrowserSession.uniqueName("firstadmin");
        QuarkusTransaction.begin();
        try {
            User.update("role = 'learner' where role = 'admin'");
            assertEquals(Optional.of("Password: use at least 8 characters."), firstAdmin.create(first, "short")
                    .map(p -> p.replaceAll("Password: .*", "Password: use at least 8 characters.")));
            assertEquals(Optional.empty(), firstAdmin.create(first, BrowserSession.PASSWORD));
            assertEquals("admin", User.findByUsername(first).orElseThrow().role);
            assertEquals(Optional.empty(), firstAdmin.create(first + "x", BrowserSession.PASSWORD));
            assertTrue(User.findByUsername(first + "x").isEmpty(), "a second admin is never made from settings");
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
