package org.battlequiz.quiz;

import java.time.Instant;
import java.util.List;

/** The result page of a submitted attempt. */
public record ResultView(long attemptId, long setId, String setTitle, double score, double maxScore,
                         Instant submittedAt, List<AnswerReview> answers) {

    public String scoreText() {
        return ScoreText.of(score, maxScore);
    }

    public long percent() {
        return ScoreText.percent(score, maxScore);
    }
}
