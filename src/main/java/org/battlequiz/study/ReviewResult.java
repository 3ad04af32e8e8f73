package org.battlequiz.study;

import java.time.Duration;
import java.time.Instant;

/** What one rating does to a card: the card's new state and the wait until it is due again. */
public record ReviewResult(Rating rating, CardState card, Instant reviewedAt, Duration interval) {

    public String intervalLabel() {
        return IntervalLabel.of(interval);
    }
}
