package org.battlequiz.quiz;

import java.time.Instant;
import java.util.List;

/** The result page of a submitted attempt. */
public record ResultView(long attemptId, long setId, String setTitle, double score, double maxScore,
                         Instant submittedAt, List<AnswerReview> answers) {

    public String scoreText() {
        return AnswerFormat.trim(Math.round(score * 10) / 10.0) + " / " + AnswerFormat.trim(maxScore);
    }

    public long percent() {
        return maxScore == 0 ? 0 : Math.round(100 * score / maxScore);
    }
}
