package org.battlequiz.game;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.SetStatus;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameHostingTest {
    private static final String[] ACTIONS = {"start", "next", "close", "skip", "pause", "resume", "end"};

    @Test
    void onlyTeachersHostAndOnlyTheOwnerHostsAnUnpublishedSet() {
        Teachers.Account owner = Teachers.teacher("owner");
        long draft = Teachers.ownedSet(owner.username(), SetStatus.DRAFT);
        new BrowserSession().get("/sets/" + draft + "/games/new").then().statusCode(302).header("Location", endsWith("/login"));
        BrowserSession.learner("pupil").get("/sets/" + draft + "/games/new").then().statusCode(403);
        Teachers.teacher("rival").session().get("/sets/" + draft + "/games/new").then().statusCode(403)
                .body(containsString("Only the owner of this set can host it until it is published"));
        owner.session().get("/sets/" + draft + "/games/new").then().statusCode(200)
                .body(containsString("Seconds per question")).body(containsString("value=\"20\""));
        GameFixtures.hostGame(owner.session(), draft, true);
    }

    @Test
    void anyTeacherHostsAPublishedSet() {
        long published = GameFixtures.threeQuestionSet();
        GameFixtures.hostGame(Teachers.teacher("any").session(), published, true);
    }

    @Test
    void onlyTheHostRunsTheGameOrReadsItsReport() {
        BrowserSession host = Teachers.teacher("host").session();
        long gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), false);
        BrowserSession anonymous = new BrowserSession();
        BrowserSession learner = BrowserSession.learner("pupil");
        BrowserSession rival = Teachers.teacher("rival").session();
        for (String path : new String[] {"/games/" + gameId + "/host", "/games/" + gameId + "/report.csv"}) {
            anonymous.get(path).then().statusCode(302).header("Location", endsWith("/login"));
            learner.get(path).then().statusCode(403);
            rival.get(path).then().statusCode(403);
        }
        for (String action : ACTIONS) {
            String path = "/games/" + gameId + "/" + action;
            anonymous.postForm(path, Map.of("index", "0")).then().statusCode(302);
            learner.postForm(path, Map.of("index", "0")).then().statusCode(403);
            rival.postForm(path, Map.of("index", "0")).then().statusCode(403);
        }
        host.get("/games/" + gameId + "/host").then().statusCode(200).body(containsString("Waiting for players"));
    }

    @Test
    void settingsOutOfRangeAreRefusedWithMessages() {
        BrowserSession host = Teachers.teacher("host").session();
        long setId = GameFixtures.threeQuestionSet();
        host.postForm("/sets/" + setId + "/games", Map.of("questions", "three", "seconds", "2")).then().statusCode(422)
                .body(containsString("Give the number of questions as a whole number"))
                .body(containsString("Allow 5 to 120 seconds per question"));
    }

    @Test
    void theLobbyShowsThePinTheQrCodeAndThePlayers() {
        BrowserSession host = Teachers.teacher("host").session();
        long gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), true);
        GameFixtures.join(new BrowserSession(), gameId, "Vercingetorix").then().statusCode(303);
        host.get("/games/" + gameId + "/host").then().statusCode(200)
                .body(containsString(GameFixtures.pin(gameId)))
                .body(containsString("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\""))
                .body(containsString("play?pin=" + GameFixtures.pin(gameId)))
                .body(containsString("Vercingetorix"));
    }

    @Test
    void aClosedQuestionShowsCountsTheRightAnswerItsSourceAndTheTopFive() {
        BrowserSession host = Teachers.teacher("host").session();
        long gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), false);
        BrowserSession ada = new BrowserSession();
        GameFixtures.join(ada, gameId, "Ada").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        host.get("/games/" + gameId + "/host").then().body(containsString("Who held the ford at dawn?"))
                .body(containsString("Triangle: </span>Wrong")).body(containsString("0 of 1 players answered"))
                .body(not(containsString("Quoted line for")));
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.hostAction(host, gameId, "close", 0);
        host.get("/games/" + gameId + "/host").then().body(containsString("1 (100%)"))
                .body(containsString("<strong>Right answer:</strong> Right"))
                .body(containsString("Because the chronicle says so."))
                .body(containsString("Quoted line for: Who held the ford at dawn?"))
                .body(containsString("Top five"));
    }

    @Test
    void theEndShowsThePodiumAndTheReportDownloadsAsCsv() {
        BrowserSession host = Teachers.teacher("host").session();
        BrowserSession ada = new BrowserSession();
        long gameId = startedWithAda(host, ada);
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.hostAction(host, gameId, "end", 0);
        host.get("/games/" + gameId + "/host").then().body(containsString("Podium")).body(containsString("Ada"))
                .body(containsString("1000 points"));
        host.get("/games/" + gameId + "/report.csv").then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename="))
                .body(startsWith("question,prompt,answers,right_percent,average_seconds,slowest,option_or_outcome"))
                .body(containsString("1,Who held the ford at dawn?,1,100,"))
                .body(containsString("Right,100,yes"));
        ada.get("/play/" + gameId).then().body(containsString("Game over")).body(containsString("You finished <strong>1</strong> of 1"));
        GameFixtures.answer(ada, gameId, 0, "Right").then().header("Location", endsWith("notice=already_answered"));
        GameFixtures.answer(ada, gameId, 1, "Right").then().header("Location", endsWith("notice=late"));
    }

    @Test
    void aSkippedQuestionIsLabelledSkippedInTheReportAndTheCsv() {
        BrowserSession host = Teachers.teacher("host").session();
        BrowserSession ada = new BrowserSession();
        long gameId = startedWithAda(host, ada);
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.hostAction(host, gameId, "skip", 0);
        GameFixtures.answer(ada, gameId, 1, "Right");
        GameFixtures.hostAction(host, gameId, "end", 1);
        String page = host.get("/games/" + gameId + "/host").then().statusCode(200).extract().asString();
        assertTrue(page.matches("(?s).*Who held the ford at dawn\\? <span class=\"badge\">skipped</span>.*"), page);
        assertFalse(page.matches("(?s).*Who crossed the river at noon\\? <span class=\"badge\">skipped</span>.*"));
        String csv = host.get("/games/" + gameId + "/report.csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("1,")).count(), csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1,Who held the ford at dawn?,0,") && l.endsWith(",skipped,0,no")),
                csv);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("2,Who crossed the river at noon?,1,100,")
                && l.endsWith(",Right,100,yes")), csv);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("2,") && l.contains(",skipped,")), csv);
    }

    /** A game of three questions with the one player Ada, its first question open. */
    private static long startedWithAda(BrowserSession host, BrowserSession ada) {
        long gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), false);
        GameFixtures.join(ada, gameId, "Ada").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        return gameId;
    }
}
