package org.battlequiz.classroom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** A set assigned to a class is hosted live and exported with its keys by its owner and admins, not other teachers. */
@QuarkusTest
class AssignedSetSharingTest {
    private static final String NOT_YOURS = "assigned to another teacher&#39;s class";

    private static long assignedSet(Teachers.Account owner) {
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        long classId = ClassFixtures.createClass(owner.session(), "Class " + System.nanoTime());
        Instant now = Instant.now();
        ClassFixtures.assign(owner.session(), setId, classId, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2)));
        return setId;
    }

    @Test
    void anotherTeacherCanNeitherHostNorExportASetAssignedToSomeoneElsesClass() {
        Teachers.Account owner = Teachers.teacher("sharer");
        long setId = assignedSet(owner);
        BrowserSession rival = Teachers.teacher("rival").session();
        rival.get("/sets/" + setId + "/games/new").then().statusCode(403).body(containsString(NOT_YOURS));
        rival.postForm("/sets/" + setId + "/games", Map.of("questions", "3", "seconds", "20")).then().statusCode(403);
        for (String format : new String[] {"gift", "moodle-xml", "csv"}) {
            rival.get("/sets/" + setId + "/export?format=" + format).then().statusCode(403)
                    .body(containsString(NOT_YOURS)).body(not(containsString("::")));
        }
        owner.session().get("/sets/" + setId + "/games/new").then().statusCode(200);
        owner.session().get("/sets/" + setId + "/export?format=gift").then().statusCode(200);
        BrowserSession admin = Teachers.admin("head").session();
        admin.get("/sets/" + setId + "/games/new").then().statusCode(200);
        admin.get("/sets/" + setId + "/export?format=moodle-xml").then().statusCode(200);
    }

    @Test
    void onceItsOwnerMakesItPublicAnyTeacherMayHostAndExportIt() {
        Teachers.Account owner = Teachers.teacher("opener");
        long setId = assignedSet(owner);
        owner.session().postForm("/teach/sets/" + setId + "/visibility", Map.of("listed", "public"))
                .then().statusCode(303);
        BrowserSession rival = Teachers.teacher("rival").session();
        rival.get("/sets/" + setId + "/games/new").then().statusCode(200);
        rival.get("/sets/" + setId + "/export?format=gift").then().statusCode(200);
    }

    @Test
    void anUnassignedPublishedSetStaysHostableAndExportableByAnyTeacher() {
        long setId = Teachers.ownedSet(Teachers.teacher("lender").username(), SetStatus.PUBLISHED);
        BrowserSession rival = Teachers.teacher("rival").session();
        rival.get("/sets/" + setId + "/games/new").then().statusCode(200);
        rival.get("/sets/" + setId + "/export?format=gift").then().statusCode(200);
    }
}
