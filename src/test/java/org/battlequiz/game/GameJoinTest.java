package org.battlequiz.game;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.Teachers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GameJoinTest {
    private long gameId;

    @BeforeEach
    void openGame() {
        gameId = GameFixtures.hostGame(Teachers.teacher("host").session(), GameFixtures.threeQuestionSet(), true);
    }

    @Test
    void aGuestJoinsWithThePinAndANicknameAndWaitsInTheLobby() {
        BrowserSession guest = new BrowserSession();
        GameFixtures.join(guest, gameId, "Ada").then().statusCode(303).header("Location", endsWith("/play/" + gameId));
        assertNotNull(guest.cookie(Joined.cookieName(gameId)));
        guest.get("/play/" + gameId).then().statusCode(200).body(containsString("You're in!"))
                .body(containsString("Playing as <strong>Ada</strong>"));
    }

    @Test
    void theJoinAddressFillsInThePin() {
        String pin = GameFixtures.pin(gameId);
        new BrowserSession().get("/play?pin=" + pin).then().statusCode(200).body(containsString("value=\"" + pin + "\""));
    }

    @Test
    void aWrongOrMalformedPinIsRefusedWithAMessage() {
        new BrowserSession().postForm("/play", Map.of("pin", "12ab", "nickname", "Ada")).then().statusCode(422)
                .body(containsString("A game PIN has 6 digits"));
        String pin = GameFixtures.pin(gameId);
        String other = pin.equals("000000") ? "000001" : "000000";
        new BrowserSession().postForm("/play", Map.of("pin", other, "nickname", "Ada")).then().statusCode(422)
                .body(containsString("No game is running with the PIN " + other));
    }

    @Test
    void nicknamesAreCheckedForLengthCharactersAndWords() {
        assertRefused("A", "2 to 20 characters");
        assertRefused("x".repeat(21), "2 to 20 characters");
        assertRefused("<b>bold</b>", "letters, digits, spaces");
        assertRefused("Sh1t", "not suitable for class");
        assertRefused("   ", "Choose a nickname");
    }

    @Test
    void aNicknameIsUniqueInTheGameWhateverItsCase() {
        GameFixtures.join(new BrowserSession(), gameId, "Hannibal").then().statusCode(303);
        GameFixtures.join(new BrowserSession(), gameId, "hannibal ").then().statusCode(422)
                .body(containsString("The nickname hannibal is taken in this game"));
    }

    @Test
    void aLoggedInLearnerWhoJoinsAgainGetsTheirPlaceBack() {
        BrowserSession learner = BrowserSession.learner("pupil");
        GameFixtures.join(learner, gameId, "Scipio").then().statusCode(303);
        BrowserSession sameLearnerElsewhere = new BrowserSession();
        sameLearnerElsewhere.adopt(BrowserSession.SESSION_COOKIE, learner.cookie(BrowserSession.SESSION_COOKIE));
        GameFixtures.join(sameLearnerElsewhere, gameId, "Another name").then().statusCode(303);
        sameLearnerElsewhere.get("/play/" + gameId).then().statusCode(200)
                .body(containsString("Playing as <strong>Scipio</strong>"));
    }

    @Test
    void thePlayPageWithoutJoiningLeadsToTheJoinForm() {
        new BrowserSession().get("/play/" + gameId).then().statusCode(303).header("Location", endsWith("/play"));
    }

    @Test
    void aRemovedPlayerIsToldSoAndCannotAnswer() {
        BrowserSession host = Teachers.teacher("host").session();
        long game = GameFixtures.hostGame(host, GameFixtures.threeQuestionSet(), false);
        BrowserSession guest = new BrowserSession();
        GameFixtures.join(guest, game, "Brennus").then().statusCode(303);
        long playerId = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() ->
                GamePlayer.<GamePlayer>find("game.id = ?1", game).firstResult().id);
        host.postForm("/games/" + game + "/players/" + playerId + "/remove", Map.of()).then().statusCode(303);
        guest.get("/play/" + game).then().statusCode(403).body(containsString("The host removed you from this game"));
        host.get("/games/" + game + "/host").then().statusCode(200).body(containsString("Players (0)"));
        assertEquals(0, GameFixtures.answers(game));
    }

    private void assertRefused(String nickname, String message) {
        GameFixtures.join(new BrowserSession(), gameId, nickname).then().statusCode(422)
                .body(containsString(message));
    }
}
