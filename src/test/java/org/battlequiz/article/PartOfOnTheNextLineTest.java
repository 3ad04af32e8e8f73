package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** "Part of the" at a line's end, the war on the next line: the war is read, not "the". */
class PartOfOnTheNextLineTest {
    private static String page(String... partOf) {
        return String.join("\n", "Battle of Oued Sarra", "", "Battle of Oued Sarra", String.join("\n", partOf), "",
                "Coastal road near Oued Sarra.", "Date6–7 April 1843", "LocationOued Sarra", "Result Tessan victory",
                "Belligerents", " Tessa  Varn", "Commanders and leaders", "Amos Pell Rufus Grane", "Strength",
                "3,000 2,000", "Casualties and losses", "120 killed 300 killed", "",
                "The Battle of Oued Sarra was fought on the coast road in April 1843.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");
    }

    @Test
    void theWarOnTheNextLineIsTheLargerConflict() {
        assertEquals("Sahel War", new ArticleParser().parse(page("Part of the", "Sahel War")).partOf());
        assertEquals("Sahel War", new ArticleParser().parse(page("Part of", "Sahel War")).partOf());
    }

    @Test
    void aWarOnTheLabelsLineKeepsToIt() {
        assertEquals("Sahel War", new ArticleParser().parse(page("Part of the Sahel War", "Tessan troops at the ford"))
                .partOf());
    }
}
