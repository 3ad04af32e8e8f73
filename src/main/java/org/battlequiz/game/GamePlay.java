package org.battlequiz.game;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MultivaluedMap;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.battlequiz.quiz.AnswerForm;
import org.battlequiz.quiz.Grader;

/** The players' side: joining by PIN with a nickname, and answering each question once while it is open. */
@ApplicationScoped
public class GamePlay {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Grader GRADER = new Grader();

    @Inject
    GameClock clock;

    @Inject
    GameSignals signals;

    @Inject
    GameHosting hosting;

    @Inject
    EntityManager em;

    /**
     * Joins the running game with the PIN; a logged-in user already in it gets their place back.
     * @param username null for a guest
     */
    @Transactional
    public Joined join(String pin, String typedNickname, String username) {
        Game game = Game.<Game>find("pin = ?1 and state <> ?2", pin, GameState.ENDED).firstResult();
        if (game == null) {
            throw GameException.notFound("No game is running with the PIN " + pin + ". Check the PIN on the screen.");
        }
        User user = username == null ? null : User.findByUsername(username).orElse(null);
        Optional<GamePlayer> known = user == null ? Optional.empty()
                : GamePlayer.find("game = ?1 and user = ?2", game, user).firstResultOptional();
        if (known.isPresent()) {
            return rejoined(known.get());
        }
        String nickname = Nicknames.clean(typedNickname);
        Nicknames.problem(nickname).ifPresent(problem -> {
            throw GameException.refused(problem);
        });
        String token = newToken();
        int added = em.createNativeQuery("""
                insert into game_player (game_id, nickname, user_id, token) values (?1, ?2, ?3, ?4)
                on conflict do nothing""")
                .setParameter(1, game.id).setParameter(2, nickname).setParameter(3, user == null ? null : user.id)
                .setParameter(4, token).executeUpdate();
        if (added == 0) {
            throw GameException.refused("The nickname " + nickname + " is taken in this game: choose another.");
        }
        signals.playersChanged(game);
        return new Joined(game.id, token);
    }

    /** The player the cookie's token or the logged-in user names in this game; empty if neither does. */
    @Transactional
    public Optional<GamePlayer> player(long gameId, String token, String username) {
        Game game = Game.findById(gameId);
        if (game == null) {
            throw GameException.notFound("There is no game " + gameId + ".");
        }
        Optional<GamePlayer> player = token == null ? Optional.empty()
                : GamePlayer.find("game = ?1 and token = ?2", game, token).firstResultOptional();
        if (player.isEmpty() && username != null) {
            player = GamePlayer.find("game = ?1 and user.username = ?2", game, username).firstResultOptional();
        }
        player.filter(p -> p.removed).ifPresent(p -> {
            throw GameException.forbidden("The host removed you from this game.");
        });
        return player;
    }

    /**
     * Saves the player's answer to the question at index if it is open now and they have not answered it; the
     * question closes once every player has answered.
     */
    public AnswerOutcome answer(long gameId, String token, String username, int index,
                                MultivaluedMap<String, String> form) {
        AnswerOutcome outcome = QuarkusTransaction.requiringNew().call(() -> record(gameId, token, username, index,
                form));
        if (outcome == AnswerOutcome.ACCEPTED) {
            hosting.closeIfAllAnswered(gameId, index);
        }
        return outcome;
    }

    private AnswerOutcome record(long gameId, String token, String username, int index,
                                 MultivaluedMap<String, String> form) {
        Game game = Game.findById(gameId, LockModeType.PESSIMISTIC_READ);
        if (game == null) {
            throw GameException.notFound("There is no game " + gameId + ".");
        }
        GamePlayer player = player(gameId, token, username)
                .orElseThrow(() -> GameException.forbidden("Join the game with its PIN before answering."));
        Instant now = clock.now();
        if (GameAnswer.count("player = ?1 and questionIndex = ?2", player, index) > 0) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        Phase phase = game.phase(now);
        if (phase.isEnded() || index < game.questionIndex || index == game.questionIndex && phase.isClosed()) {
            return AnswerOutcome.LATE;
        }
        if (index > game.questionIndex || phase.isLobby()) {
            return AnswerOutcome.NOT_OPEN;
        }
        if (phase.isPaused()) {
            return AnswerOutcome.PAUSED;
        }
        Question question = Question.findById(game.currentQuestionId());
        List<String> response = AnswerForm.responseTo(question, form);
        if (response.isEmpty()) {
            return AnswerOutcome.EMPTY;
        }
        return save(game, player, question, now, response);
    }

    private AnswerOutcome save(Game game, GamePlayer player, Question question, Instant now, List<String> response) {
        double fraction = GRADER.grade(question.content(), response);
        long limit = game.secondsPerQuestion * 1000L;
        long elapsed = Math.max(0, limit - Duration.between(now, game.closesAt).toMillis());
        Scoring.Outcome outcome = Scoring.score(fraction, elapsed, limit, game.speedPoints, player.streak);
        int added = em.createNativeQuery("""
                insert into game_answer (game_id, player_id, question_index, question_id, response, fraction, points,
                                         streak_before, elapsed_ms, answered_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?7, ?8, ?9, ?10)
                on conflict on constraint game_answer_once do nothing""")
                .setParameter(1, game.id).setParameter(2, player.id).setParameter(3, game.questionIndex)
                .setParameter(4, question.id).setParameter(5, ResponseJson.write(response)).setParameter(6, fraction)
                .setParameter(7, outcome.points()).setParameter(8, player.streak).setParameter(9, elapsed)
                .setParameter(10, java.sql.Timestamp.from(now)).executeUpdate();
        if (added == 0) {
            return AnswerOutcome.ALREADY_ANSWERED;
        }
        em.createNativeQuery("update game_player set score = score + ?1, streak = ?2 where id = ?3")
                .setParameter(1, outcome.points()).setParameter(2, outcome.streak()).setParameter(3, player.id)
                .executeUpdate();
        signals.playersChanged(game);
        return AnswerOutcome.ACCEPTED;
    }

    private static Joined rejoined(GamePlayer player) {
        if (player.removed) {
            throw GameException.forbidden("The host removed you from this game.");
        }
        return new Joined(player.game.id, player.token);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
