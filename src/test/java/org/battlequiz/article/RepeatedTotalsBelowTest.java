package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The side totals printed again under the losses ("9,400:", "20,000:", ...) are no column of their own. */
class RepeatedTotalsBelowTest {
    @Test
    void theTotalsPrintedAgainBelowTheLossesAreLeftOut() {
        ParsedArticle article = InventedPage.parsed("Date13 February 1706", "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", "Tessa  Varnia", "Commanders and leaders", "Amos Pell Rufus Grane",
                "Strength", "", "9,400:", "", "3,700 infantry", "5,700 cavalry,", "", "20,000:", "", "16,000 infantry",
                "4,000 cavalry,", "Casualties and losses", "", "1,500:", "", "452 killed,", "1,077 wounded", "", "15,000:",
                "", "7,377 killed", "7,300–7,900 captured", "", "9,400:", "", "20,000:", "", "1,500:", "", "15,000:");
        assertEquals(452L, article.sides().get(0).casualties().killed());
        assertEquals(7377L, article.sides().get(1).casualties().killed());
        assertEquals(7300L, article.sides().get(1).casualties().captured());
    }
}
