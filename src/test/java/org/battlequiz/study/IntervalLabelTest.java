package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IntervalLabelTest {

    @Test
    void labelsUseTheLargestSensibleUnit() {
        assertEquals("1 min", IntervalLabel.of(Duration.ofSeconds(20)));
        assertEquals("10 min", IntervalLabel.of(Duration.ofMinutes(10)));
        assertEquals("1 hour", IntervalLabel.of(Duration.ofMinutes(65)));
        assertEquals("5 hours", IntervalLabel.of(Duration.ofHours(5)));
        assertEquals("1 day", IntervalLabel.of(Duration.ofDays(1)));
        assertEquals("21 days", IntervalLabel.of(Duration.ofDays(21)));
        assertEquals("1 month", IntervalLabel.of(Duration.ofDays(30)));
        assertEquals("1.5 months", IntervalLabel.of(Duration.ofDays(46)));
        assertEquals("1.4 years", IntervalLabel.of(Duration.ofDays(498)));
    }
}
