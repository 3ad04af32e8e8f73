package org.battlequiz.account;

import java.time.Duration;

/**
 * A growing delay: the first {@code free} failures cost nothing, each further one doubles the wait from
 * {@code base} up to {@code max}; a quiet {@code forgetAfter} starts the count again. Never a permanent lock.
 */
public record Throttle(String prefix, int free, Duration base, Duration max, Duration forgetAfter) {

    /** The wait after the given number of failures. */
    public Duration delayAfter(int failures) {
        if (failures <= free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return delay.compareTo(max) > 0 ? max : delay;
    }

    String key(String subject) {
        return prefix + ":" + subject;
    }
}
