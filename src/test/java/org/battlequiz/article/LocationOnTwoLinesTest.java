package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A place whose region and country a reader put on the line under it ("Ilovaisk" over "Donetsk Oblast, Ukraine"). */
class LocationOnTwoLinesTest {
    private static String location(String... rows) {
        return new ArticleParser().parse(String.join("\n", "Battle of Oued Sarra", "", "Battle of Oued Sarra",
                "Part of the Sahel War", "", "Date6 April 1963", String.join("\n", rows), "Result Tessan victory",
                "Belligerents", "Tessa  Varnia", "Commanders and leaders", "Amos Pell Rufus Grane", "Strength",
                "3,000 1,400", "Casualties and losses", "120 killed 86 killed", "",
                "The Battle of Oued Sarra was fought on the coast road in April 1963.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia"))
                .location();
    }

    @Test
    void theRegionOnTheNextLineGoesOnWithThePlace() {
        assertEquals("Oued Sarra, Tessa Province, Varnia", location("LocationOued Sarra", "Tessa Province, Varnia"));
    }

    @Test
    void aLineThatIsNoPlaceNameStaysOut() {
        assertEquals("Oued Sarra", location("LocationOued Sarra", "12 km north of the coast road"));
    }
}
