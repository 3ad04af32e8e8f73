package org.battlequiz.game;

import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.support.BrowserSession;
import org.battlequiz.support.QuizFixtures;

/** Games for tests: created through the host's form, with their PIN and clock read or moved in the database. */
final class GameFixtures {
    /** Three single-choice items; the right answer of each is "Right". */
    static final List<QuestionContent> THREE = List.of(
            choice("Who held the ford at dawn?"), choice("Who crossed the river at noon?"),
            choice("Who kept the field at dusk?"));

    private GameFixtures() {
    }

    static long threeQuestionSet() {
        return QuizFixtures.publishedSet("Live set " + System.nanoTime(), THREE);
    }

    /** Opens a game of the set as the host; speed off so that points are exact. */
    static long hostGame(BrowserSession host, long setId, boolean speed) {
        Map<String, String> form = speed ? Map.of("questions", "3", "seconds", "20", "speed", "on")
                : Map.of("questions", "3", "seconds", "20");
        String location = host.postForm("/sets/" + setId + "/games", form).then().statusCode(303)
                .header("Location", matchesPattern(".*/games/\\d+/host$")).extract().header("Location");
        return Long.parseLong(location.replaceAll(".*/games/(\\d+)/host$", "$1"));
    }

    static String pin(long gameId) {
        return QuarkusTransaction.requiringNew().call(() -> Game.<Game>findById(gameId).pin);
    }

    /** Joins as a guest (or as the session's user); returns the join response (303 to the play page when in). */
    static Response join(BrowserSession player, long gameId, String nickname) {
        return player.postForm("/play", Map.of("pin", pin(gameId), "nickname", nickname));
    }

    static Response answer(BrowserSession player, long gameId, int index, String choice) {
        long questionId = QuarkusTransaction.requiringNew().call(() -> Game.<Game>findById(gameId).questionIds.get(index));
        return player.postForm("/play/" + gameId + "/answer", Map.of("index", String.valueOf(index),
                "q" + questionId, choice));
    }

    static void hostAction(BrowserSession host, long gameId, String action, int index) {
        host.postForm("/games/" + gameId + "/" + action, Map.of("index", String.valueOf(index))).then().statusCode(303);
    }

    /** As if the open question's time had run out: its closing moment moved into the past. */
    static void timeRunsOut(long gameId) {
        QuarkusTransaction.requiringNew().run(() -> Game.update(
                "closesAt = ?1 where id = ?2", java.time.Instant.now().minusSeconds(1), gameId));
    }

    static int score(long gameId, String nickname) {
        return QuarkusTransaction.requiringNew().call(() -> GamePlayer.<GamePlayer>findById(
                playerId(gameId, nickname)).score);
    }

    static long playerId(long gameId, String nickname) {
        return QuarkusTransaction.requiringNew().call(() -> GamePlayer.<GamePlayer>find(
                "game.id = ?1 and nickname = ?2", gameId, nickname).firstResult().id);
    }

    static void removePlayer(BrowserSession host, long gameId, String nickname) {
        host.postForm("/games/" + gameId + "/players/" + playerId(gameId, nickname) + "/remove", Map.of())
                .then().statusCode(303);
    }

    static long answers(long gameId) {
        return QuarkusTransaction.requiringNew().call(() -> GameAnswer.count("game.id = ?1", gameId));
    }

    private static QuestionContent choice(String prompt) {
        return new QuestionContent(QuestionType.SINGLE_CHOICE, prompt, List.of(), List.of("Wrong", "Right", "Other"),
                List.of("Right"), null, "Because the chronicle says so.", "Quoted line for: " + prompt, "test", null,
                "fixture");
    }
}
