package org.battlequiz.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.PlayableQuestion;

/**
 * An attempt as its quiz and summary pages show it, in plain values: its row with its set's title and options, its
 * questions in the order it shows them and its saved answers by question id. reserved is false for an attempt
 * started before answer rows were reserved, which has none yet.
 */
record AttemptSheet(AttemptHead head, List<PlayableQuestion> questions, Map<Long, SavedAnswer> answers) {

    long id() {
        return head.id();
    }

    String owner() {
        return head.owner();
    }

    String setTitle() {
        return head.setTitle();
    }

    QuizSettings settings() {
        return head.settings();
    }

    int currentPage() {
        return head.currentPage();
    }

    boolean practice() {
        return head.practice();
    }

    boolean reserved() {
        return !answers.isEmpty();
    }

    boolean isOpen() {
        return head.isOpen();
    }

    boolean due(Instant now, Duration grace) {
        return head.due(now, grace);
    }

    /** The seconds until the deadline (never below 0), or null when the attempt has no time limit. */
    Long secondsLeft(Instant now) {
        return head.deadline() == null ? null : Math.max(0, Duration.between(now, head.deadline()).toSeconds());
    }

    /** The attempt's questions: those its answer rows reserve, in the set's order or shuffled as the set says. */
    static List<PlayableQuestion> drawn(List<PlayableQuestion> pool, Map<Long, SavedAnswer> answers, long attemptId,
                                        QuizSettings settings) {
        List<PlayableQuestion> chosen = answers.isEmpty() ? pool
                : pool.stream().filter(q -> answers.containsKey(q.id())).toList();
        return AttemptDraw.order(chosen, settings.shuffleQuestions(), attemptId);
    }
}
