package org.battlequiz.game;

import java.util.List;

/**
 * What one player's device shows: the open question's inputs (or that the answer is locked in), then their verdict,
 * points and rank, and at the end the podium. verdict is right, partly, wrong or none (no answer).
 */
public record PlayView(long gameId, String nickname, Phase phase, long secondsLeft, LiveQuestion question,
                       boolean answered, String verdict, int points, int bonus, int score, int rank, int players,
                       List<Standing> podium, AnswerOutcome notice, int refreshSeconds,
                       boolean speedPoints) {

    public boolean noticeIsGood() {
        return notice == AnswerOutcome.ACCEPTED;
    }
}
