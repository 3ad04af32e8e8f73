package org.battlequiz.history;

import java.time.Duration;

/** How long an attempt took, as people write it: "45 s", "7 min 5 s", "2 h 10 min". */
public final class DurationText {

    private DurationText() {
    }

    public static String of(Duration duration) {
        long seconds = Math.max(0, duration.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (hours > 0) {
            return hours + " h" + (minutes > 0 ? " " + minutes + " min" : "");
        }
        if (minutes > 0) {
            return minutes + " min" + (rest > 0 ? " " + rest + " s" : "");
        }
        return rest + " s";
    }
}
