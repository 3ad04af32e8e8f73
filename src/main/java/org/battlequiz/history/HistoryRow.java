package org.battlequiz.history;

import java.time.Instant;
import org.battlequiz.quiz.AttemptState;
import org.battlequiz.quiz.ScoreText;

/** One attempt in a learner's score history. */
public record HistoryRow(Long attemptId, Long setId, String setTitle, Instant startedAt, Instant submittedAt,
                         AttemptState state, Double score, Double maxScore) {

    public boolean finished() {
        return state != AttemptState.IN_PROGRESS;
    }

    public String scoreText() {
        return score == null || maxScore == null ? "\u2014" : ScoreText.of(score, maxScore);
    }

    public long percent() {
        return score == null || maxScore == null ? 0 : ScoreText.percent(score, maxScore);
    }
}
