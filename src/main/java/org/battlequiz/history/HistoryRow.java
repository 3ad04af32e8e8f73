package org.battlequiz.history;

import java.time.Duration;
import java.time.Instant;
import org.battlequiz.question.SetStatus;
import org.battlequiz.quiz.AttemptState;
import org.battlequiz.quiz.ScoreText;

/** One attempt in a learner's score history. */
public record HistoryRow(Long attemptId, Long setId, String setTitle, SetStatus setStatus, Instant startedAt,
                         Instant submittedAt, AttemptState state, Double score, Double maxScore) {

    /** An archived set (e.g. regenerated from a changed article) has no page any more; its attempts keep theirs. */
    public boolean setOpen() {
        return setStatus == SetStatus.PUBLISHED;
    }

    public boolean finished() {
        return state != AttemptState.IN_PROGRESS;
    }

    public boolean overdue() {
        return state == AttemptState.OVERDUE;
    }

    public String stateText() {
        return switch (state) {
            case IN_PROGRESS -> "In progress";
            case SUBMITTED -> "Submitted";
            case OVERDUE -> "Overdue (auto-submitted)";
        };
    }

    public String durationText() {
        return submittedAt == null ? "\u2014" : DurationText.of(Duration.between(startedAt, submittedAt));
    }

    public String durationIso() {
        return submittedAt == null ? "" : Duration.between(startedAt, submittedAt).withNanos(0).toString();
    }

    public String scoreText() {
        return score == null || maxScore == null ? "\u2014" : ScoreText.of(score, maxScore);
    }

    public long percent() {
        return score == null || maxScore == null ? 0 : ScoreText.percent(score, maxScore);
    }
}
