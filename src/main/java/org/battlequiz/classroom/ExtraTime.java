package org.battlequiz.classroom;

import java.time.Duration;

/** A learner's accommodation on timed sets: a percentage of the time limit, or a number of minutes, added to it. */
public record ExtraTime(Integer percent, Integer minutes) {
    public static final ExtraTime NONE = new ExtraTime(null, null);

    public Duration applyTo(Duration limit) {
        Duration extended = limit;
        if (percent != null) {
            extended = extended.plus(limit.multipliedBy(percent).dividedBy(100));
        }
        if (minutes != null) {
            extended = extended.plusMinutes(minutes);
        }
        return extended;
    }

    public boolean none() {
        return percent == null && minutes == null;
    }

    /** "+50% time", "+15 min", or "none". */
    public String label() {
        if (percent != null) {
            return "+" + percent + "% time";
        }
        return minutes != null ? "+" + minutes + " min" : "none";
    }
}
