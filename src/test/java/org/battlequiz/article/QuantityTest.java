package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityTest {
    @Test
    void readsRangesPlusAndThousandsSeparators() {
        List<Quantity> qs = Quantity.scan("5,000–6,000 soldiers, 400,000+ Germans and 110-120 fighters");
        assertEquals(3, qs.size());
        assertEquals(5000, qs.get(0).min());
        assertEquals(6000, qs.get(0).max());
        assertTrue(qs.get(1).plus());
        assertEquals(400000, qs.get(1).min());
        assertEquals(120, qs.get(2).max());
    }

    @Test
    void readsBetweenAndMillions() {
        Quantity q = Quantity.scan("Between 20,000 and 30,000 men").get(0);
        assertEquals(20000, q.min());
        assertEquals(30000, q.max());
        assertEquals(1_200_000, Quantity.scan("about 1.2 million troops").get(0).min());
    }

    @Test
    void skipsOrdinalsFractionsPercentagesAndDates() {
        assertTrue(Quantity.scan("6th Army, 5/6 archers, 63% of them, on 19 May").isEmpty());
    }

    @Test
    void aCircaGluedToTheFigureIsRead() {
        List<Quantity> qs = Quantity.scan("c5,000 c7,500");
        assertEquals(2, qs.size());
        assertEquals(5000, qs.get(0).min());
        assertEquals(7500, qs.get(1).min());
    }

    @Test
    void theDigitsOfACodeAreNoFigure() {
        assertTrue(Quantity.scan("Regiment A12,500 and the T34 tank").isEmpty());
    }

    @Test
    void twoGroupedFiguresGluedTogetherAreARangeWhoseDashWasLost() {
        List<Quantity> qs = Quantity.scan("30,00038,000 men");
        assertEquals(1, qs.size());
        assertEquals(30000, qs.get(0).min());
        assertEquals(38000, qs.get(0).max());
        assertEquals(1, Quantity.scan("1,20000,000").size(), "no grouped figure follows: one figure as before");
    }
}
