package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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

    @Test
    void aBulletedTotalAfterBulletedPartsEndsItsColumn() {
        String[] strength = {"  • Landing: 40,000", "  • Reserve: 6,000", "  • Total: 46,000", "  • 120 ships",
            "  • Army: 8,000", "  • Navy: 2,000", "  • Total: 10,000"};
        List<String> rows = new ArrayList<>(List.of("Date13 February 1944", "Result Tessan victory", "Belligerents",
                " Tessa  Varnia", "Commanders and leaders", "Units involved", "Strength"));
        rows.addAll(List.of(strength));
        rows.addAll(List.of("Casualties and losses", "1,200 killed", "9,000 killed"));
        ParsedArticle article = InventedPage.parsed(rows.toArray(String[]::new));
        assertEquals(46000L, article.sides().get(0).strength().min());
        assertEquals(10000L, article.sides().get(1).strength().min());
    }
}
