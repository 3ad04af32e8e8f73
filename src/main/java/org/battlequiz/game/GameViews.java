package org.battlequiz.game;

import io.quarkus.qute.RawString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.hibernate.Session;

/** Reads a game for the host's screen, a player's device and the report; never writes. */
@ApplicationScoped
public class GameViews {
    private static final int LOBBY_REFRESH = 3;
    private static final int WAITING_REFRESH = 2;

    @Inject
    GameClock clock;

    @Inject
    GamePlay play;

    @Inject
    EntityManager em;

    @Transactional
    public HostView host(String username, long gameId, String joinBase) {
        em.unwrap(Session.class).setDefaultReadOnly(true);
        Game game = hosted(username, gameId);
        Instant now = clock.now();
        Phase phase = game.phase(now);
        List<Standing> standings = Standing.of(GamePlayer.ranking(game));
        LiveQuestion question = phase.isPlaying() ? current(game) : null;
        List<GameAnswer> answers = phase.isPlaying() ? GameAnswer.of(game, game.questionIndex) : List.of();
        List<Tally> tallies = phase.isClosed() ? Tallies.of(Question.<Question>findById(game.currentQuestionId())
                .content(), answers) : List.of();
        String joinUrl = joinBase + "play?pin=" + game.pin;
        long left = game.secondsLeft(now);
        int refresh = switch (phase) {
            case LOBBY -> LOBBY_REFRESH;
            case OPEN -> (int) Math.min(left + 1, WAITING_REFRESH);
            case PAUSED -> WAITING_REFRESH;
            case CLOSED, ENDED -> 0;
        };
        return new HostView(game.id, game.pin, game.questionSet.id, game.questionSet.title, joinUrl,
                new RawString(QrSvg.render(joinUrl, "QR code of the join address " + joinUrl)), phase, left,
                game.secondsPerQuestion, game.speedPoints, game.skippedLongAnswers, game.questionIds.size(),
                game.isLastQuestion(), Standing.of(GamePlayer.inJoinOrder(game)), answers.size(), question, tallies,
                standings.stream().limit(5).toList(), standings,
                phase.isEnded() ? GameReports.of(game, questionsOf(game)) : List.of(), refresh);
    }

    @Transactional
    public String reportCsv(String username, long gameId) {
        Game game = hosted(username, gameId);
        return GameReports.csv(GameReports.of(game, questionsOf(game)));
    }

    /** @return empty when the cookie or login names no player of this game (they must join first) */
    @Transactional
    public java.util.Optional<PlayView> play(long gameId, String token, String username, AnswerOutcome notice) {
        em.unwrap(Session.class).setDefaultReadOnly(true);
        return play.player(gameId, token, username).map(player -> playView(player, notice));
    }

    private PlayView playView(GamePlayer player, AnswerOutcome notice) {
        Game game = player.game;
        Instant now = clock.now();
        Phase phase = game.phase(now);
        GameAnswer mine = phase.isPlaying() ? GameAnswer.<GameAnswer>find("player = ?1 and questionIndex = ?2",
                player, game.questionIndex).firstResult() : null;
        int players = (int) GamePlayer.count("game = ?1 and removed = false", game);
        int rank = 1 + (int) GamePlayer.count("game = ?1 and removed = false and score > ?2", game, player.score);
        List<Standing> podium = phase.isEnded() ? Standing.of(GamePlayer.ranking(game)).stream()
                .filter(s -> s.rank() <= 3).limit(3).toList() : List.of();
        String verdict = mine == null ? "none" : mine.fraction >= 1 ? "right" : mine.fraction > 0 ? "partly" : "wrong";
        long left = game.secondsLeft(now);
        int refresh = switch (phase) {
            case LOBBY -> LOBBY_REFRESH;
            case OPEN -> mine == null ? (int) left + 1 : (int) Math.min(left + 1, WAITING_REFRESH);
            case PAUSED, CLOSED -> WAITING_REFRESH;
            case ENDED -> 0;
        };
        int bonus = mine == null || mine.fraction < 1 ? 0 : Scoring.streakBonus(mine.streakBefore);
        return new PlayView(game.id, player.nickname, phase, left, phase.isPlaying() ? current(game) : null,
                mine != null, verdict, mine == null ? 0 : mine.points, bonus, player.score, rank, players, podium,
                notice, refresh, game.speedPoints);
    }

    private static LiveQuestion current(Game game) {
        return LiveQuestion.of(Question.findById(game.currentQuestionId()), game.questionIndex,
                game.questionIds.size());
    }

    private static Map<Long, Question> questionsOf(Game game) {
        return Question.<Question>list("id in ?1", game.questionIds).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
    }

    private static Game hosted(String username, long gameId) {
        Game game = Game.findById(gameId);
        if (game == null) {
            throw GameException.notFound("There is no game " + gameId + ".");
        }
        User user = User.findByUsername(username)
                .orElseThrow(() -> GameException.forbidden("Your account no longer exists."));
        HostRights.requireRunning(user, game);
        return game;
    }
}
