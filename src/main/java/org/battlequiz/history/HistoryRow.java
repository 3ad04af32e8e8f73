package org.battlequiz.history;

import java.time.Instant;
import org.battlequiz.quiz.AttemptState;

/** One attempt in a learner's score history. */
public record HistoryRow(Long attemptId, Long setId, String setTitle, Instant startedAt, Instant submittedAt,
                         AttemptState state, Double score, Double maxScore) {

    public boolean finished() {
        return state != AttemptState.IN_PROGRESS;
    }

    public String scoreText() {
        if (score == null || maxScore == null) {
            return "\u2014";
        }
        return format(Math.round(score * 10) / 10.0) + " / " + format(maxScore);
    }

    public long percent() {
        return score == null || maxScore == null || maxScore == 0 ? 0 : Math.round(100 * score / maxScore);
    }

    private static String format(double number) {
        return number == Math.rint(number) ? String.valueOf((long) number) : String.valueOf(number);
    }
}
