package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Strength columns that open alike: a bare count of men over the ships it manned, then the other side's bare count
 * over its own ships; and parts per field over a "Total:" line with the figure under it. Invented pages.
 */
class BareFigureColumnsTest {
    @Test
    void aSecondBareCountOfMenAfterTheShipsOpensTheOtherColumn() {
        ParsedArticle article = InventedPage.parsed("DateJanuary 20 – February 12, 1895", "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", " Tessa  Varnia", "Commanders and leaders", "Amos Pell",
                "Rufus Grane", "Strength", "25,000", "3 protected cruisers", "10,600", "2 battleships",
                "1 coastal battleship", "13 torpedo boats", "Casualties and losses", "Unknown 4,000 killed");
        assertEquals(25000L, article.sides().get(0).strength().min());
        assertEquals(25000L, article.sides().get(0).strength().max());
        assertEquals(10600L, article.sides().get(1).strength().min());
    }

    @Test
    void theFigureUnderATotalLineIsTheTotalOfThePartsAboveIt() {
        ParsedArticle article = InventedPage.parsed("Date14 October 1806", "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", " Tessa  Varnia", "Commanders and leaders", "Amos Pell",
                "Rufus Grane", "Strength", "40,000 (north field)", "26,000 (south field)", "Total engaged:", "66,000",
                "55,000 (north field)", "64,000 (south field)", "", "Total:", "119,000", "Casualties and losses",
                "9,000 killed", "25,000 killed");
        assertEquals(66000L, article.sides().get(0).strength().min());
        assertEquals(119000L, article.sides().get(1).strength().min());
        assertEquals(119000L, article.sides().get(1).strength().max());
    }
}
