package org.battlequiz.quiz;


/** Seconds left on a timed attempt as the quiz and summary pages say it: "1 h 5 min", "4 min 10 s", "9 s". */
final class TimeLeftText {
    private TimeLeftText() {
    }

    static String of(Long secondsLeft) {
        long seconds = secondsLeft == null ? 0 : secondsLeft;
        if (seconds >= 3600) {
            return seconds / 3600 + " h " + seconds % 3600 / 60 + " min";
        }
        return seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s";
    }
}
