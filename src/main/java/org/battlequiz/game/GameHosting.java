package org.battlequiz.game;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetAudience;

/**
 * The host's actions. Each one that moves the game names the question it was shown for, so a double click or a
 * resent form moves the game once.
 */
@ApplicationScoped
public class GameHosting {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    GameClock clock;

    @Inject
    GameSignals signals;

    @Inject
    EntityManager em;

    @Inject
    SetAudience audience;

    /** @return the new game's id */
    @Transactional
    public long create(String username, long setId, GameSettings settings) {
        User host = user(username);
        QuestionSet set = hostable(host, setId);
        List<Question> items = Question.listPlayable(set);
        List<Long> playable = items.stream().filter(q -> LivePlay.playable(q.content())).map(q -> q.id).toList();
        if (playable.isEmpty()) {
            throw GameException.refused("This set has no question that can be played live.");
        }
        Game game = new Game();
        game.questionSet = set;
        game.host = host;
        game.pin = freshPin();
        game.questionIds = playable.subList(0, Math.min(settings.questions(), playable.size()));
        game.skippedLongAnswers = items.size() - playable.size();
        game.secondsPerQuestion = settings.seconds();
        game.speedPoints = settings.speedPoints();
        game.persist();
        return game.id;
    }

    /** The set as the settings form shows it, once the user may host it. */
    @Transactional
    public SetChoice choose(String username, long setId) {
        QuestionSet set = hostable(user(username), setId);
        List<Question> items = Question.listPlayable(set);
        int playable = (int) items.stream().filter(q -> LivePlay.playable(q.content())).count();
        return new SetChoice(set.id, set.title, playable, items.size() - playable);
    }

    /** Whether the user may host the set: for the set pages' "Host a live game" link. */
    @Transactional
    public boolean mayHost(String username, long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        return set != null && User.findByUsername(username).map(u -> HostRights.mayHost(u, set, audience)).orElse(false);
    }

    /** One of the host's buttons, pressed on the page that showed the question at shownIndex. */
    @Transactional
    public void act(String username, long gameId, HostAction action, int shownIndex) {
        Game game = running(username, gameId);
        switch (action) {
            case START -> start(game);
            case NEXT -> next(game, shownIndex);
            case CLOSE -> closeNow(game, shownIndex);
            case SKIP -> skip(game, shownIndex);
            case PAUSE -> pause(game);
            case RESUME -> resume(game);
            case END -> end(game);
        }
    }

    private void start(Game game) {
        if (game.state == GameState.LOBBY) {
            open(game, 0);
        }
    }

    /** From a closed question to the next one, or to the podium after the last. */
    private void next(Game game, int shownIndex) {
        if (game.questionIndex == shownIndex && game.phase(clock.now()) == Phase.CLOSED) {
            endStreaksOfSilentPlayers(game);
            advance(game);
        }
    }

    private void closeNow(Game game, int shownIndex) {
        Phase phase = game.phase(clock.now());
        if (game.questionIndex == shownIndex && (phase == Phase.OPEN || phase == Phase.PAUSED)) {
            game.closesAt = clock.now();
            game.pausedAt = null;
            signals.changed(game);
        }
    }

    /** Leaves the question out: its answers and their points are taken back, streaks are as before it. */
    private void skip(Game game, int shownIndex) {
        if (game.questionIndex == shownIndex && game.phase(clock.now()).isPlaying()) {
            em.createNativeQuery("""
                    update game_player p set score = p.score - a.points, streak = a.streak_before
                    from game_answer a where a.player_id = p.id and a.game_id = ?1 and a.question_index = ?2""")
                    .setParameter(1, game.id).setParameter(2, shownIndex).executeUpdate();
            em.createNativeQuery("delete from game_answer where game_id = ?1 and question_index = ?2")
                    .setParameter(1, game.id).setParameter(2, shownIndex).executeUpdate();
            game.markSkipped(shownIndex);
            advance(game);
        }
    }

    private void pause(Game game) {
        if (game.phase(clock.now()) == Phase.OPEN) {
            game.pausedAt = clock.now();
            signals.changed(game);
        }
    }

    private void resume(Game game) {
        if (game.phase(clock.now()) == Phase.PAUSED) {
            Instant now = clock.now();
            game.closesAt = game.closesAt.plus(Duration.between(game.pausedAt, now));
            game.pausedAt = null;
            closeIfNoneWaiting(game, game.questionIndex);
            signals.changed(game);
        }
    }

    private void end(Game game) {
        if (game.state != GameState.ENDED) {
            finish(game);
        }
    }

    /**
     * Closes the open question at index once every player still in the game has answered it, so that its results
     * show at once. Runs after the answer's own transaction, so the last of several answers arriving together sees
     * all of them.
     */
    @Transactional
    public void closeIfAllAnswered(long gameId, int index) {
        if (GamePlayer.waitingFor(gameId, index) == 0) {
            Game game = Game.findById(gameId, LockModeType.PESSIMISTIC_WRITE);
            if (game != null && closeIfNoneWaiting(game, index)) {
                signals.changed(game);
            }
        }
    }

    /** @return whether the question at index was open and now closed, none of the remaining players waiting */
    private boolean closeIfNoneWaiting(Game game, int index) {
        Instant now = clock.now();
        if (game.questionIndex != index || game.phase(now) != Phase.OPEN || GamePlayer.waitingFor(game.id, index) > 0
                || GamePlayer.count("game = ?1 and removed = false", game) == 0) {
            return false;
        }
        game.closesAt = now;
        return true;
    }

    @Transactional
    public void removePlayer(String username, long gameId, long playerId) {
        Game game = running(username, gameId);
        GamePlayer player = GamePlayer.findById(playerId);
        if (player == null || !player.game.id.equals(game.id)) {
            throw GameException.notFound("There is no such player in this game.");
        }
        if (!player.removed) {
            player.removed = true;
            closeIfNoneWaiting(game, game.questionIndex);
            signals.changed(game);
            signals.playersChanged(game);
        }
    }

    private void advance(Game game) {
        if (game.isLastQuestion()) {
            finish(game);
        } else {
            open(game, game.questionIndex + 1);
        }
    }

    private void open(Game game, int index) {
        Instant now = clock.now();
        game.state = GameState.QUESTION;
        game.questionIndex = index;
        game.openedAt = now;
        game.closesAt = now.plusSeconds(game.secondsPerQuestion);
        game.pausedAt = null;
        signals.changed(game);
    }

    private void finish(Game game) {
        game.state = GameState.ENDED;
        game.endedAt = clock.now();
        game.pausedAt = null;
        if (game.closesAt != null && game.closesAt.isAfter(game.endedAt)) {
            game.closesAt = game.endedAt;
        }
        signals.changed(game);
    }

    private void endStreaksOfSilentPlayers(Game game) {
        em.createNativeQuery("""
                update game_player set streak = 0
                where game_id = ?1 and id not in
                      (select player_id from game_answer where game_id = ?1 and question_index = ?2)""")
                .setParameter(1, game.id).setParameter(2, game.questionIndex).executeUpdate();
    }

    private QuestionSet hostable(User user, long setId) {
        QuestionSet set = QuestionSet.findById(setId);
        if (set == null) {
            throw GameException.notFound("There is no question set " + setId + ".");
        }
        HostRights.requireHost(user, set, audience);
        return set;
    }

    private Game running(String username, long gameId) {
        Game game = Game.findById(gameId, LockModeType.PESSIMISTIC_WRITE);
        if (game == null) {
            throw GameException.notFound("There is no game " + gameId + ".");
        }
        HostRights.requireRunning(user(username), game);
        return game;
    }

    private static User user(String username) {
        return User.findByUsername(username).orElseThrow(() -> GameException.forbidden("Your account no longer exists."));
    }

    private static String freshPin() {
        for (int tries = 0; tries < 50; tries++) {
            String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
            if (Game.count("pin = ?1 and state <> ?2", pin, GameState.ENDED) == 0) {
                return pin;
            }
        }
        throw new IllegalStateException("no free game PIN after 50 tries");
    }
}
