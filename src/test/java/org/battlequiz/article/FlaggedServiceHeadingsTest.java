package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlaggedServiceHeadingsTest {
    private static final ParsedArticle PAGE = InventedPage.parsed("Date\t3 May 1944", "Location\tOued Sarra",
            "Result\tCoastal victory", "Belligerents", " Coastal League  Sahel Union", "Commanders and leaders",
            "C.L. Navy:", "Rowan K. Teller", "C.L. Marine Corps:", "Holland M. Vance", "Ada Brisk", "C.L. Army:",
            "Corin H. Dallow", "Idris Manu ", "Sefu Okal", "Strength", "12,000", "4,000");

    @Test
    void serviceHeadingsAfterAFlagLabelAreNotCommanders() {
        assertEquals(List.of("Rowan K. Teller", "Holland M. Vance", "Ada Brisk", "Corin H. Dallow"),
                names(PAGE.sides().get(0)));
        assertEquals(List.of("Idris Manu", "Sefu Okal"), names(PAGE.sides().get(1)));
    }

    @Test
    void aStateNameBeforeAnInitialIsAGivenName() {
        ParsedArticle flagged = InventedPage.parsed("Date\t3 May 1944", "Location\tOued Sarra",
                "Result\tCoastal victory", "Belligerents", "Holland Kingdom of Holland  Sahel Union",
                "Commanders and leaders", "Holland M. Vance", "Holland R. Tesk", "Idris Manu", "Strength", "12,000",
                "4,000");
        assertEquals(List.of("M. Vance", "R. Tesk"), names(flagged.sides().get(0)));
    }

    private static List<String> names(Side side) {
        return side.commanders().stream().map(Commander::name).toList();
    }
}
