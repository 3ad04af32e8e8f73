package org.battlequiz.classroom;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.Attempt;
import org.battlequiz.quiz.AttemptState;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Assigned sets: who sees them, when they start, late marking, extra time and later due dates, form checks. */
@QuarkusTest
class AssignmentAccessTest {
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MINUTES);
    }

    /** A teacher's published set assigned to their class, which one learner joined. */
    private record Fixture(Teachers.Account owner, long setId, long classId, Teachers.Account member,
                           long assignmentId) {
    }

    private static Fixture assigned(Instant opens, Instant due, Instant closes) {
        Teachers.Account owner = Teachers.teacher("assigner");
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        long classId = ClassFixtures.createClass(owner.session(), "Class " + System.nanoTime());
        Teachers.Account member = Teachers.learner("member");
        ClassFixtures.join(member.session(), classId);
        long assignmentId = ClassFixtures.assign(owner.session(), setId, classId, opens, due, closes);
        return new Fixture(owner, setId, classId, member, assignmentId);
    }

    private static Fixture openNow() {
        return assigned(now().minus(Duration.ofDays(2)), now().plus(Duration.ofDays(1)), now().plus(Duration.ofDays(2)));
    }

    @Test
    void anAssignedSetIsSeenOnlyByItsClassItsTeacherAndAdmins() {
        Fixture f = openNow();
        String title = title(f.setId());
        String page = "/sets/" + f.setId();
        BrowserSession outsider = BrowserSession.learner("outsider");
        new BrowserSession().get("/").then().statusCode(200).body(not(containsString(page + "\"")));
        new BrowserSession().get(page).then().statusCode(404);
        outsider.get(page).then().statusCode(404);
        Teachers.teacher("rival").session().get(page).then().statusCode(404);
        f.member().session().get(page).then().statusCode(200).body(containsString("Start the quiz"));
        f.owner().session().get(page).then().statusCode(200);
        Teachers.admin("head").session().get(page).then().statusCode(200);

        outsider.postForm(page + "/attempts", Map.of()).then().statusCode(404);
        String code = QuarkusTransaction.requiringNew().call(() -> {
            QuestionSet set = QuestionSet.findById(f.setId());
            set.joinCode = org.battlequiz.authoring.JoinCodes.next();
            return set.joinCode;
        });
        outsider.postForm("/join", Map.of("code", code)).then().statusCode(404)
                .body(containsString("No quiz has the code " + code));
        f.member().session().postForm("/join", Map.of("code", code)).then().statusCode(303)
                .header("Location", containsString("/sets/" + f.setId()));

        outsider.get("/study").then().statusCode(200).body(not(containsString(title)));
        outsider.get("/study/set-" + f.setId()).then().statusCode(404);
        f.member().session().get("/study").then().statusCode(200).body(containsString(title));
        f.member().session().get("/study/set-" + f.setId()).then().statusCode(200);
    }

    @Test
    void aTeacherMakesASetPublicAndPrivateAgain() {
        Fixture f = openNow();
        String page = "/sets/" + f.setId();
        BrowserSession outsider = BrowserSession.learner("public");
        f.owner().session().postForm("/teach/sets/" + f.setId() + "/visibility", Map.of("listed", "public"))
                .then().statusCode(303);
        new BrowserSession().get("/").then().body(containsString(page + "\""));
        outsider.get(page).then().statusCode(200);
        f.owner().session().get("/teach/sets/" + f.setId() + "/assign").then()
                .body(containsString("Stop listing it publicly"));
        f.owner().session().postForm("/teach/sets/" + f.setId() + "/visibility", Map.of("listed", "private"))
                .then().statusCode(303);
        new BrowserSession().get("/").then().body(not(containsString(page + "\"")));
        outsider.get(page).then().statusCode(404);
    }

    @Test
    void aLearnerStartsOnlyBetweenTheOpenAndTheCloseDate() {
        Instant due = now().plus(Duration.ofDays(3));
        Instant closes = now().plus(Duration.ofDays(4));
        Instant opens = now().plus(Duration.ofDays(1));
        Fixture f = assigned(opens, due, closes);
        String start = "/sets/" + f.setId() + "/attempts";
        f.member().session().postForm(start, Map.of()).then().statusCode(409)
                .body(containsString("This quiz opens on " + DateInput.shown(opens)));
        ClassFixtures.setDates(f.assignmentId(), now().minus(Duration.ofDays(3)), now().minus(Duration.ofDays(2)),
                now().minus(Duration.ofDays(1)));
        f.member().session().postForm(start, Map.of()).then().statusCode(409)
                .body(containsString("This quiz closed on"));
        assertEquals(0L, attempts(f.member().username()));

        ClassFixtures.setDates(f.assignmentId(), now().minus(Duration.ofDays(1)), due, closes);
        f.member().session().get("/sets/" + f.setId()).then().statusCode(200)
                .body(containsString("Assigned in Class ")).body(containsString(DateInput.shown(due)));
        Attempt attempt = attempt(start(f.member().session(), f.setId()));
        assertEquals(f.assignmentId(), attempt.assignmentId);
        assertEquals(due, attempt.dueAt);
        assertEquals(closes, attempt.deadline, "an untimed attempt ends at the close");
    }

    @Test
    void anAttemptRunningAtTheCloseIsSubmittedWithItsAnswersAsAnyOverdueAttempt() {
        Fixture f = openNow();
        long id = start(f.member().session(), f.setId());
        QuarkusTransaction.requiringNew().run(() -> Attempt.<Attempt>findById(id).deadline =
                Instant.now().minus(Duration.ofMinutes(1)));
        f.member().session().get("/attempts/" + id).then().statusCode(303)
                .header("Location", containsString("/attempts/" + id + "/result"));
        assertEquals(AttemptState.OVERDUE, attempt(id).state);
    }

    @Test
    void anAttemptSubmittedAfterTheDueDateIsLateAndMyClassesSaysWhereEachLearnerStands() {
        Fixture f = assigned(now().minus(Duration.ofDays(2)), now().minus(Duration.ofHours(1)),
                now().plus(Duration.ofDays(1)));
        long late = start(f.member().session(), f.setId());
        submit(f.member().session(), late);
        assertTrue(attempt(late).late);
        f.member().session().get("/classes").then().statusCode(200).body(containsString(title(f.setId())))
                .body(containsString("Done late"));
        f.owner().session().get("/teach/sets/" + f.setId() + "/results").then().statusCode(200)
                .body(containsString("<span class=\"status status-late\">late</span>"));
        f.owner().session().get("/teach/sets/" + f.setId() + "/results.csv").then().statusCode(200)
                .body(matchesPattern("(?s).*\r\nattempt," + f.member().username() + "," + late + ",[^\r]*,yes\r\n.*"));

        Teachers.Account absent = Teachers.learner("absent");
        ClassFixtures.join(absent.session(), f.classId());
        absent.session().get("/classes").then().body(containsString("status-overdue"))
                .body(containsString(">Overdue<"));

        Fixture onTime = openNow();
        onTime.member().session().get("/classes").then().body(containsString(">Not started<"));
        long id = start(onTime.member().session(), onTime.setId());
        onTime.member().session().get("/classes").then().body(containsString(">In progress<"));
        submit(onTime.member().session(), id);
        assertFalse(attempt(id).late);
        onTime.member().session().get("/classes").then().body(containsString(">Done<"));
        onTime.owner().session().get("/teach/sets/" + onTime.setId() + "/results").then().statusCode(200)
                .body(containsString(onTime.member().username())).body(not(containsString(">late<")));
        onTime.owner().session().get("/teach/sets/" + onTime.setId() + "/results.csv").then().statusCode(200)
                .body(matchesPattern("(?s).*\r\nattempt," + onTime.member().username() + "," + id + ",[^\r]*,no\r\n.*"));
    }

    @Test
    void theDatesAndClassesOfAnAssignmentAreChecked() {
        Teachers.Account owner = Teachers.teacher("checker");
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        long classId = ClassFixtures.createClass(owner.session(), "Checked class");
        long otherClass = ClassFixtures.createClass(Teachers.teacher("foreign").session(), "Foreign class");
        String path = "/teach/sets/" + setId + "/assignments";
        Map<String, String> good = Map.of("classId", String.valueOf(classId), "opensAt", "2026-12-01T08:00",
                "dueAt", "2026-12-08T08:00", "closesAt", "2026-12-09T08:00");
        refused(owner, path, with(good, "dueAt", "2026-11-30T08:00"), "The due date must not be before the open date.");
        refused(owner, path, with(good, "closesAt", "2026-12-07T08:00"), "The close date must not be before the due date.");
        refused(owner, path, with(good, "opensAt", "next Monday"), "Give the open date as a date and time (UTC)");
        refused(owner, path, with(good, "closesAt", ""), "Give the close date.");
        refused(owner, path, with(good, "classId", String.valueOf(otherClass)),
                "You can assign the set only to your own classes.");
        Map<String, String> noClass = new HashMap<>(good);
        noClass.remove("classId");
        refused(owner, path, noClass, "Choose at least one class.");
        long draft = Teachers.ownedSet(owner.username(), SetStatus.DRAFT);
        refused(owner, "/teach/sets/" + draft + "/assignments", good, "Publish the set before assigning it");
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Assignment.count("questionSet.id in (?1, ?2)",
                setId, draft)));

        long second = ClassFixtures.createClass(owner.session(), "Second class");
        owner.session().request().contentType("application/x-www-form-urlencoded")
                .formParam("classId", classId, second).formParam("opensAt", "2026-12-01T08:00")
                .formParam("dueAt", "2026-12-08T08:00").formParam("closesAt", "2026-12-09T08:00")
                .formParam(BrowserSession.CSRF_FIELD, owner.session().cookie(BrowserSession.CSRF_FIELD))
                .post(path).then().statusCode(303);
        owner.session().postForm(path, with(good, "dueAt", "2026-12-09T08:00")).then().statusCode(303);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> Assignment.count("questionSet.id", setId)));
        assertEquals(Instant.parse("2026-12-09T08:00:00Z"), QuarkusTransaction.requiringNew().call(() ->
                Assignment.<Assignment>findById(ClassFixtures.assignmentOf(setId, classId)).dueAt),
                "assigning again gives the class the new dates");
        owner.session().get("/teach/sets/" + setId + "/assign").then().statusCode(200)
                .body(containsString("Checked class")).body(containsString("Second class"))
                .body(containsString("Wed 9 Dec 2026, 08:00 UTC"));
    }

    @Test
    void extraTimeLengthensATimedAttemptButNeverPastTheClose() {
        Fixture f = openNow();
        QuarkusTransaction.requiringNew().run(() -> QuestionSet.<QuestionSet>findById(f.setId()).options =
                new HashMap<>(Map.of("timeLimitMinutes", 20)));
        long member = memberId(f.classId(), f.member().username());
        String path = "/teach/classes/" + f.classId() + "/members/" + member + "/extra-time";
        f.owner().session().postForm(path, Map.of("percent", "50", "minutes", "10")).then().statusCode(422)
                .body(containsString("Give extra time as a percentage or as minutes, not both."));
        f.owner().session().postForm(path, Map.of("percent", "lots", "minutes", "")).then().statusCode(422)
                .body(containsString("The extra time in percent must be a whole number from 1 to 200"));
        f.owner().session().postForm(path, Map.of("percent", "", "minutes", "241")).then().statusCode(422)
                .body(containsString("The extra time in minutes must be a whole number from 1 to 240"));
        f.owner().session().postForm(path, Map.of("percent", "50", "minutes", "")).then().statusCode(303);
        f.owner().session().get("/teach/classes/" + f.classId()).then().body(containsString("extra time: +50% time"));
        Attempt timed = attempt(start(f.member().session(), f.setId()));
        assertEquals(Duration.ofMinutes(30), Duration.between(timed.startedAt, timed.deadline));

        Teachers.Account slow = Teachers.learner("slow");
        ClassFixtures.join(slow.session(), f.classId());
        f.owner().session().postForm("/teach/classes/" + f.classId() + "/members/"
                + memberId(f.classId(), slow.username()) + "/extra-time", Map.of("minutes", "15")).then().statusCode(303);
        Attempt minutes = attempt(start(slow.session(), f.setId()));
        assertEquals(Duration.ofMinutes(35), Duration.between(minutes.startedAt, minutes.deadline));

        Teachers.Account closing = Teachers.learner("closing");
        ClassFixtures.join(closing.session(), f.classId());
        Instant closes = now().plus(Duration.ofMinutes(10));
        ClassFixtures.setDates(f.assignmentId(), now().minus(Duration.ofDays(1)), closes, closes);
        assertEquals(closes, attempt(start(closing.session(), f.setId())).deadline);
    }

    @Test
    void aLaterDueDateForOneLearnerKeepsTheirAttemptOnTimeAndOpensItPastTheClose() {
        Fixture f = assigned(now().minus(Duration.ofDays(2)), now().minus(Duration.ofHours(2)),
                now().minus(Duration.ofHours(1)));
        Teachers.Account other = Teachers.learner("other");
        ClassFixtures.join(other.session(), f.classId());
        String path = "/teach/classes/" + f.classId() + "/assignments/" + f.assignmentId() + "/extension";
        String member = String.valueOf(memberId(f.classId(), f.member().username()));
        f.owner().session().postForm(path, Map.of("member", member,
                "dueAt", DateInput.field(now().minus(Duration.ofDays(1))))).then().statusCode(422)
                .body(containsString("A later due date must be after the class"));
        f.owner().session().postForm(path, Map.of("member", member, "dueAt", "soon")).then().statusCode(422)
                .body(containsString("Give the later due date as a date and time"));
        Instant later = now().plus(Duration.ofDays(1));
        f.owner().session().postForm(path, Map.of("member", member, "dueAt", DateInput.field(later)))
                .then().statusCode(303);
        f.owner().session().get("/teach/classes/" + f.classId()).then()
                .body(containsString(f.member().username() + ": " + DateInput.shown(later)));

        other.session().postForm("/sets/" + f.setId() + "/attempts", Map.of()).then().statusCode(409)
                .body(containsString("This quiz closed on"));
        long id = start(f.member().session(), f.setId());
        assertEquals(later, attempt(id).dueAt);
        submit(f.member().session(), id);
        assertFalse(attempt(id).late);
        f.member().session().get("/classes").then().body(containsString(DateInput.shown(later)))
                .body(containsString("Your teacher gave you a later due date.")).body(containsString(">Done<"));
        f.owner().session().get("/teach/sets/" + f.setId() + "/results").then()
                .body(containsString(f.member().username())).body(not(containsString(">late<")));

        f.owner().session().postForm(path, Map.of("member", member, "dueAt", "")).then().statusCode(303);
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> AssignmentExtension.count()
                - AssignmentExtension.count("assignment.id <> ?1", f.assignmentId())));
    }

    private static void refused(Teachers.Account owner, String path, Map<String, String> form, String message) {
        owner.session().postForm(path, form).then().statusCode(422).body(containsString(message));
    }

    private static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> changed = new HashMap<>(form);
        changed.put(field, value);
        return changed;
    }

    static long start(BrowserSession learner, long setId) {
        String location = learner.postForm("/sets/" + setId + "/attempts", Map.of()).then().statusCode(303)
                .extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private static void submit(BrowserSession learner, long attemptId) {
        learner.postForm("/attempts/" + attemptId + "/submit", Map.of()).then().statusCode(303);
    }

    private static Attempt attempt(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.<Attempt>findById(id));
    }

    private static long attempts(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Attempt.count("user.username", username));
    }

    private static String title(long setId) {
        return QuarkusTransaction.requiringNew().call(() -> QuestionSet.<QuestionSet>findById(setId).title);
    }

    static long memberId(long classId, String username) {
        return QuarkusTransaction.requiringNew().call(() -> ClassMember.<ClassMember>find(
                "schoolClass.id = ?1 and user.username = ?2", classId, username).firstResult().id);
    }
}
