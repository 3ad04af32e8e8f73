package org.battlequiz.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.battlequiz.classroom.Assignment;
import org.battlequiz.question.SetStatus;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.study.StudyExtraNew;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.ClassFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** The time zone setting, the browser's guess, and times read and shown in the viewer's zone. */
@QuarkusTest
class TimeZoneSettingsTest {
    private static final String SETTINGS = "/account/settings";

    @Test
    void aChosenZoneIsSavedAndShownSelected() {
        BrowserSession learner = BrowserSession.learner("zoned");
        learner.get(SETTINGS).then().statusCode(200).body(containsString("<option value=\"Europe/Paris\">"));
        learner.postForm(SETTINGS, Map.of("zone", "Europe/Paris")).then().statusCode(303)
                .header("Location", containsString("/account/settings?saved=true"));
        learner.get(SETTINGS + "?saved=true").then().statusCode(200)
                .body(containsString("<option value=\"Europe/Paris\" selected>"))
                .body(containsString("Times are now shown in Europe/Paris"));
    }

    @Test
    void anUnknownZoneIsRefusedWithAMessageAndNothingSaved() {
        BrowserSession learner = BrowserSession.learner("badzone");
        learner.postForm(SETTINGS, Map.of("zone", "Mars/Olympus_Mons")).then().statusCode(422)
                .body(containsString("Time zone: choose one from the list"));
        learner.get(SETTINGS).then().statusCode(200).body(containsString("<option value=\"UTC\" selected>"));
    }

    @Test
    void theBrowsersGuessIsUsedUntilAChoiceIsSaved() {
        BrowserSession learner = BrowserSession.learner("guess");
        learner.adopt(ViewerZone.COOKIE, "Asia%2FTokyo");
        learner.get(SETTINGS).then().statusCode(200).body(containsString("<option value=\"Asia/Tokyo\" selected>"))
                .body(containsString("the zone your browser reports is used"));
        learner.postForm(SETTINGS, Map.of("zone", "America/Chicago")).then().statusCode(303);
        learner.get(SETTINGS).then().statusCode(200)
                .body(containsString("<option value=\"America/Chicago\" selected>"))
                .body(not(containsString("the zone your browser reports is used")));
    }

    @Test
    void aGuessThatIsNoZoneIsIgnored() {
        BrowserSession learner = BrowserSession.learner("junkguess");
        learner.adopt(ViewerZone.COOKIE, "%3Cscript%3E");
        learner.get(SETTINGS).then().statusCode(200).body(containsString("<option value=\"UTC\" selected>"));
    }

    @Test
    void settingsAskForALogin() {
        new BrowserSession().get(SETTINGS).then().statusCode(302);
    }

    @Test
    void aDueDateIsReadAndShownInTheTeachersZone() {
        Teachers.Account owner = Teachers.teacher("zoneteach");
        owner.session().postForm(SETTINGS, Map.of("zone", "Europe/Paris")).then().statusCode(303);
        long setId = Teachers.ownedSet(owner.username(), SetStatus.PUBLISHED);
        long classId = ClassFixtures.createClass(owner.session(), "Zoned class " + System.nanoTime());
        int year = LocalDate.now().getYear() + 1;
        owner.session().get("/teach/sets/" + setId + "/assign").then().statusCode(200)
                .body(containsString("Due (Europe/Paris)"));
        owner.session().postForm("/teach/sets/" + setId + "/assignments", Map.of("classId", String.valueOf(classId),
                "opensAt", year + "-01-10T08:00", "dueAt", year + "-07-15T09:30", "closesAt", year + "-07-20T18:00"))
                .then().statusCode(303);
        Instant due = QuarkusTransaction.requiringNew().call(() -> Assignment.<Assignment>find(
                "questionSet.id = ?1 and schoolClass.id = ?2", setId, classId).firstResult().dueAt);
        assertEquals(LocalDateTime.of(year, 7, 15, 9, 30).atZone(ZoneId.of("Europe/Paris")).toInstant(), due);
        assertEquals(LocalDateTime.of(year, 7, 15, 7, 30).toInstant(ZoneOffset.UTC), due);
        owner.session().get("/teach/classes/" + classId).then().statusCode(200)
                .body(containsString("15 Jul " + year + ", 09:30 CEST"))
                .body(containsString("10 Jan " + year + ", 08:00 CET"));
    }

    @Test
    void theStudyDayIsTheLearnersLocalDay() {
        // at any instant one of these two zones is already on another date than UTC
        ZoneId east = ZoneId.of("Pacific/Kiritimati");
        ZoneId zone = LocalDate.now(east).equals(LocalDate.now(ZoneOffset.UTC)) ? ZoneId.of("Pacific/Pago_Pago")
                : east;
        Teachers.Account learner = Teachers.learner("localday");
        learner.session().postForm(SETTINGS, Map.of("zone", zone.getId())).then().statusCode(303);
        long setId = Teachers.ownedSet(Teachers.teacher("daysets").username(), SetStatus.PUBLISHED);
        QuarkusTransaction.requiringNew().run(() -> {
            QuestionSet.<QuestionSet>findById(setId).listedPublicly = true;
        });
        learner.session().postForm("/study/set-" + setId + "/more", Map.of("count", 3, "base", 0))
                .then().statusCode(303);
        LocalDate stored = QuarkusTransaction.requiringNew().call(() -> StudyExtraNew.<StudyExtraNew>find(
                "user.username", learner.username()).singleResult().day);
        LocalDate local = LocalDate.now(zone);
        assertEquals(local, stored);
        assertNotEquals(LocalDate.now(ZoneOffset.UTC), stored);
    }
}
