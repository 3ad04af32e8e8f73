package org.battlequiz.game;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

/** Every type a set uses is played live, with its own inputs; a long typed answer is left out and the host told. */
@QuarkusTest
class GameQuestionTypesTest {
    private static final QuestionContent LONG_TYPED = new QuestionContent(QuestionType.CLOZE,
            "The treaty was signed at ____.", List.of(), List.of(),
            List.of("the old abbey of the river league above the ford"), null, null, "Quoted line", "test", null,
            "fixture");

    @Test
    void everyTypeIsPlayedWithItsInputsAndALongTypedAnswerIsLeftOut() {
        List<QuestionContent> items = new ArrayList<>(QuizFixtures.EVERY_TYPE);
        items.add(LONG_TYPED);
        long setId = QuizFixtures.publishedSet("Every type live " + System.nanoTime(), items);
        BrowserSession host = Teachers.teacher("host").session();
        host.get("/sets/" + setId + "/games/new").then().statusCode(200)
                .body(containsString("1 item(s) of this set ask for a long typed answer"))
                .body(containsString("Up to 8"));
        String location = host.postForm("/sets/" + setId + "/games", Map.of("questions", "8", "seconds", "60"))
                .then().statusCode(303).extract().header("Location");
        long gameId = Long.parseLong(location.replaceAll(".*/games/(\\d+)/host$", "$1"));
        host.get("/games/" + gameId + "/host").then().body(containsString("left out of this game"));
        BrowserSession ada = new BrowserSession();
        GameFixtures.join(ada, gameId, "Ada").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        List<Long> ids = QuarkusTransaction.requiringNew().call(() -> Game.<Game>findById(gameId).questionIds);

        ada.get("/play/" + gameId).then().body(containsString("class=\"answer mark-red\""))
                .body(containsString("Triangle: </span>The river league"));
        toQuestion(host, gameId, 2);
        ada.get("/play/" + gameId).then().body(containsString("type=\"checkbox\" name=\"q" + ids.get(2) + "\""));
        toQuestion(host, gameId, 3);
        ada.get("/play/" + gameId).then().body(containsString("id=\"q" + ids.get(3) + "\" name=\"q" + ids.get(3)
                + "\" type=\"text\" inputmode=\"decimal\""));
        toQuestion(host, gameId, 5);
        ada.get("/play/" + gameId).then().body(containsString("<select id=\"q" + ids.get(5) + "-1\""));
        toQuestion(host, gameId, 6);
        ada.get("/play/" + gameId).then().body(containsString("Give each item its position"));
        ada.postForm("/play/" + gameId + "/answer", Map.of("index", "6", "q" + ids.get(6) + "-0", "3",
                "q" + ids.get(6) + "-1", "1", "q" + ids.get(6) + "-2", "2")).then().statusCode(303)
                .header("Location", endsWith("notice=accepted"));
        toQuestion(host, gameId, 7);
        ada.postForm("/play/" + gameId + "/answer", Map.of("index", "7", "q" + ids.get(7), "penaflor"))
                .then().header("Location", endsWith("notice=accepted"));
        assertEquals(2100, GameFixtures.score(gameId, "Ada"), "two right in a row, speed off");
    }

    /** Closes and moves past the questions before index, leaving the game on it. */
    private static void toQuestion(BrowserSession host, long gameId, int index) {
        int current = QuarkusTransaction.requiringNew().call(() -> Game.<Game>findById(gameId).questionIndex);
        for (int i = current; i < index; i++) {
            GameFixtures.hostAction(host, gameId, "close", i);
            GameFixtures.hostAction(host, gameId, "next", i);
        }
    }
}
