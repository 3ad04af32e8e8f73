package org.battlequiz.game;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameAnswerTest {
    private BrowserSession host;
    private long gameId;
    private BrowserSession ada;

    @BeforeEach
    void openGameWithOnePlayer() {
        host = Teachers.teacher("host").session();
        gameId = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), false);
        ada = new BrowserSession();
        GameFixtures.join(ada, gameId, "Ada").then().statusCode(303);
    }

    @Test
    void anAnswerBeforeTheStartIsRefused() {
        GameFixtures.answer(ada, gameId, 0, "Right").then().statusCode(303).header("Location", endsWith("notice=not_open"));
        assertEquals(0, GameFixtures.answers(gameId));
    }

    @Test
    void theFirstAnswerCountsAndARepeatChangesNothing() {
        GameFixtures.join(new BrowserSession(), gameId, "Bo").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, "Right").then().statusCode(303).header("Location", endsWith("notice=accepted"));
        GameFixtures.answer(ada, gameId, 0, "Wrong").then().statusCode(303)
                .header("Location", endsWith("notice=already_answered"));
        ada.get("/play/" + gameId + "?notice=already_answered").then().statusCode(200)
                .body(containsString("your first answer counts")).body(containsString("Answer locked in"));
        assertEquals(1, GameFixtures.answers(gameId));
        assertEquals(1000, GameFixtures.score(gameId, "Ada"));
    }

    @Test
    void theQuestionClosesOnceEveryPlayerHasAnsweredAndShowsItsResultAtOnce() {
        BrowserSession bo = new BrowserSession();
        GameFixtures.join(bo, gameId, "Bo").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, "Right");
        host.get("/games/" + gameId + "/host").then().body(containsString("1 of 2 players answered"))
                .body(not(containsString("Right answer:")));
        ada.get("/play/" + gameId).then().body(containsString("Answer locked in"));
        GameFixtures.answer(bo, gameId, 0, "Wrong").then().header("Location", endsWith("notice=accepted"));
        host.get("/games/" + gameId + "/host").then().body(containsString("<strong>Right answer:</strong> Right"))
                .body(containsString("Next question"));
        ada.get("/play/" + gameId).then().body(containsString("Right!")).body(containsString("+1000 points"));
        bo.get("/play/" + gameId).then().body(containsString("Wrong"));
        GameFixtures.answer(ada, gameId, 0, "Right").then().header("Location", endsWith("notice=already_answered"));
    }

    @Test
    void aRemovedPlayerIsNotWaitedFor() {
        BrowserSession bo = new BrowserSession();
        GameFixtures.join(bo, gameId, "Bo").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.removePlayer(host, gameId, "Bo");
        host.get("/games/" + gameId + "/host").then().body(containsString("<strong>Right answer:</strong> Right"));
    }

    @Test
    void aPausedQuestionStaysPausedWhenTheLastWaitingPlayerIsRemovedAndClosesOnResume() {
        BrowserSession bo = new BrowserSession();
        GameFixtures.join(bo, gameId, "Bo").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.hostAction(host, gameId, "pause", 0);
        GameFixtures.removePlayer(host, gameId, "Bo");
        host.get("/games/" + gameId + "/host").then().body(containsString("Paused."))
                .body(not(containsString("Right answer:")));
        GameFixtures.hostAction(host, gameId, "resume", 0);
        host.get("/games/" + gameId + "/host").then().body(containsString("<strong>Right answer:</strong> Right"));
    }

    @Test
    void answersSentAtOnceCountOnce() throws Exception {
        GameFixtures.hostAction(host, gameId, "start", -1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> posts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                posts.add(pool.submit(() -> GameFixtures.answer(ada, gameId, 0, "Right").then().statusCode(303)));
            }
            for (Future<?> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, GameFixtures.answers(gameId));
        assertEquals(1000, GameFixtures.score(gameId, "Ada"));
    }

    @Test
    void anAnswerAfterTheQuestionClosedIsRefusedAsLate() {
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.timeRunsOut(gameId);
        GameFixtures.answer(ada, gameId, 0, "Right").then().statusCode(303).header("Location", endsWith("notice=late"));
        ada.get("/play/" + gameId + "?notice=late").then().statusCode(200)
                .body(containsString("Too late: this question closed before your answer arrived"))
                .body(containsString("No answer"));
        assertEquals(0, GameFixtures.answers(gameId));
    }

    @Test
    void anAnswerToAnEarlierQuestionIsLateAndToALaterOneNotOpen() {
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.hostAction(host, gameId, "close", 0);
        GameFixtures.hostAction(host, gameId, "next", 0);
        GameFixtures.answer(ada, gameId, 0, "Right").then().header("Location", endsWith("notice=late"));
        GameFixtures.answer(ada, gameId, 2, "Right").then().header("Location", endsWith("notice=not_open"));
        assertEquals(0, GameFixtures.answers(gameId));
    }

    @Test
    void aPausedQuestionTakesNoAnswerUntilResumed() {
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.hostAction(host, gameId, "pause", 0);
        GameFixtures.answer(ada, gameId, 0, "Right").then().header("Location", endsWith("notice=paused"));
        GameFixtures.hostAction(host, gameId, "resume", 0);
        GameFixtures.answer(ada, gameId, 0, "Right").then().header("Location", endsWith("notice=accepted"));
    }

    @Test
    void anEmptyAnswerIsRefusedWithAMessage() {
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, " ").then().header("Location", endsWith("notice=empty"));
        ada.get("/play/" + gameId + "?notice=empty").then().body(containsString("Choose or type an answer"));
    }

    @Test
    void rightAnswersInARowEarnAStreakBonusAndAWrongOneEndsIt() {
        BrowserSession bo = new BrowserSession();
        GameFixtures.join(bo, gameId, "Bo").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.answer(bo, gameId, 0, "Wrong");
        GameFixtures.hostAction(host, gameId, "close", 0);
        ada.get("/play/" + gameId).then().body(containsString("Right!")).body(containsString("+1000 points"))
                .body(containsString("You are <strong>1</strong> of 2"));
        bo.get("/play/" + gameId).then().body(containsString("Wrong")).body(containsString("+0 points"))
                .body(containsString("You are <strong>2</strong> of 2"));
        GameFixtures.hostAction(host, gameId, "next", 0);
        GameFixtures.answer(ada, gameId, 1, "Right");
        GameFixtures.answer(bo, gameId, 1, "Right");
        GameFixtures.hostAction(host, gameId, "close", 1);
        ada.get("/play/" + gameId).then().body(containsString("+1100 points (including a streak bonus of 100)"));
        assertEquals(2100, GameFixtures.score(gameId, "Ada"));
        assertEquals(1000, GameFixtures.score(gameId, "Bo"));
    }

    @Test
    void aSkippedQuestionTakesBackItsPoints() {
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(ada, gameId, 0, "Right");
        GameFixtures.hostAction(host, gameId, "skip", 0);
        assertEquals(0, GameFixtures.score(gameId, "Ada"));
        assertEquals(0, GameFixtures.answers(gameId));
        GameFixtures.answer(ada, gameId, 1, "Right").then().header("Location", endsWith("notice=accepted"));
        assertEquals(1000, GameFixtures.score(gameId, "Ada"), "no streak bonus from the skipped question");
    }

    @Test
    void aDoubleClickedNextMovesOneQuestion() {
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.hostAction(host, gameId, "close", 0);
        GameFixtures.hostAction(host, gameId, "next", 0);
        GameFixtures.hostAction(host, gameId, "next", 0);
        host.get("/games/" + gameId + "/host").then().body(containsString("Question 2 of 3"));
    }

    @Test
    void speedPointsFallWithTheTimeTaken() {
        long speedGame = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), true);
        BrowserSession cy = new BrowserSession();
        GameFixtures.join(cy, speedGame, "Cy").then().statusCode(303);
        GameFixtures.hostAction(host, speedGame, "start", -1);
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> Game.update(
                "closesAt = ?1 where id = ?2", java.time.Instant.now().plusSeconds(10), speedGame));
        GameFixtures.answer(cy, speedGame, 0, "Right");
        int points = GameFixtures.score(speedGame, "Cy");
        assertEquals(true, points >= 740 && points <= 760, "half the time used earns about 750, got " + points);
    }
}
