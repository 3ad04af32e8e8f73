package org.battlequiz.history;

import java.time.Instant;
import org.battlequiz.question.SetStatus;

/** A learner's results on one set: finished attempts, best and last score (percent) and when the last one was. */
public record SetScores(long setId, String setTitle, SetStatus setStatus, long attempts, double best, double last,
                        Instant lastAt) {

    public boolean setOpen() {
        return setStatus == SetStatus.PUBLISHED;
    }

    public long bestPercent() {
        return Math.round(best);
    }

    public long lastPercent() {
        return Math.round(last);
    }
}
