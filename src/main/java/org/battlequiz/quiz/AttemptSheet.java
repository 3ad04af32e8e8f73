package org.battlequiz.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.PlayableQuestion;
import org.battlequiz.question.SetStatus;

/**
 * An attempt as its quiz and summary pages show it, in plain values: its set's title and options, its questions in
 * the order it shows them and its saved answers by question id. reserved is false for an attempt started before
 * answer rows were reserved, which has none yet.
 */
record AttemptSheet(long id, String owner, String setTitle, QuizSettings settings, SetStatus setStatus,
                    AttemptState state, Instant deadline, int currentPage, boolean practice,
                    List<PlayableQuestion> questions, Map<Long, SavedAnswer> answers) {

    boolean reserved() {
        return !answers.isEmpty();
    }

    boolean isOpen() {
        return state == AttemptState.IN_PROGRESS;
    }

    /** Past its deadline and grace, or its set no longer published. */
    boolean due(Instant now, Duration grace) {
        return deadline != null && deadline.plus(grace).isBefore(now) || setStatus != SetStatus.PUBLISHED;
    }

    /** The seconds until the deadline (never below 0), or null when the attempt has no time limit. */
    Long secondsLeft(Instant now) {
        return deadline == null ? null : Math.max(0, Duration.between(now, deadline).toSeconds());
    }

    /** The attempt's questions: those its answer rows reserve, in the set's order or shuffled as the set says. */
    static List<PlayableQuestion> drawn(List<PlayableQuestion> pool, Map<Long, SavedAnswer> answers, long attemptId,
                                        QuizSettings settings) {
        List<PlayableQuestion> chosen = answers.isEmpty() ? pool
                : pool.stream().filter(q -> answers.containsKey(q.id())).toList();
        return AttemptDraw.order(chosen, settings.shuffleQuestions(), attemptId);
    }
}
