package org.battlequiz.game;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameHistoryTest {
    @Test
    void aLoggedInPlayerFindsTheEndedGameInTheirHistoryAndTheirWrongAnswerInMyMistakes() {
        BrowserSession host = Teachers.teacher("host").session();
        long setId = GameFixtures.threeQuestionSet();
        long gameId = GameFixtures.hostGame(host, setId, false);
        BrowserSession learner = BrowserSession.learner("player");
        BrowserSession guest = new BrowserSession();
        GameFixtures.join(learner, gameId, "Livia").then().statusCode(303);
        GameFixtures.join(guest, gameId, "Gaius").then().statusCode(303);
        GameFixtures.hostAction(host, gameId, "start", -1);
        GameFixtures.answer(learner, gameId, 0, "Wrong");
        GameFixtures.answer(guest, gameId, 0, "Right");
        GameFixtures.hostAction(host, gameId, "close", 0);
        GameFixtures.hostAction(host, gameId, "next", 0);
        GameFixtures.answer(learner, gameId, 1, "Right");

        learner.get("/history").then().body(not(containsString("Live games")));
        learner.get("/study").then().body(not(containsString("live games. 1 card")));

        GameFixtures.hostAction(host, gameId, "end", 1);
        learner.get("/history").then().statusCode(200).body(containsString("Live games"))
                .body(containsString("<td>Livia</td><td>1000</td><td>1 of 2</td>"));
        learner.get("/study").then().statusCode(200)
                .body(containsString("Cards for the items you got wrong in your quizzes and live games. 1 card."));
    }
}
