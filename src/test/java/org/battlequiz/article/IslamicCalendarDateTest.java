package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class IslamicCalendarDateTest {
    @Test
    void theSameDayInTheIslamicCalendarIsNoSecondDate() {
        DateParser.Range r = DateParser.parse("May 2, 731 CE/12 Shawwal, 3 AH");
        assertEquals("0731-05-02", r.start());
        assertEquals("0731-05-02", r.end());
    }
}
