package org.battlequiz.quiz;

import java.time.Instant;
import java.util.List;

/**
 * The result page of a closed attempt; overdue when the time limit submitted it; retryable when "Retry the ones I
 * got wrong" is offered; studyInstead when its class assignment has closed, so studying them is offered instead.
 */
public record ResultView(long attemptId, long setId, String setTitle, double score, double maxScore,
                         Instant submittedAt, boolean overdue, String notice, List<AnswerReview> answers,
                         boolean practice, boolean retryable, boolean studyInstead) {

    public String scoreText() {
        return ScoreText.of(score, maxScore);
    }

    public long percent() {
        return ScoreText.percent(score, maxScore);
    }
}
