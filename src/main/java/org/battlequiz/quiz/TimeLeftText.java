package org.battlequiz.quiz;

import java.time.Duration;
import java.time.Instant;

/** Seconds left on a timed attempt as the quiz and summary pages say it: "1 h 5 min", "4 min 10 s", "9 s". */
final class TimeLeftText {
    private TimeLeftText() {
    }

    /** The seconds until the attempt's deadline (never below 0), or null when it has no time limit. */
    static Long secondsLeft(Attempt attempt, Instant now) {
        return attempt.deadline == null ? null : Math.max(0, Duration.between(now, attempt.deadline).toSeconds());
    }

    static String of(Long secondsLeft) {
        long seconds = secondsLeft == null ? 0 : secondsLeft;
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
