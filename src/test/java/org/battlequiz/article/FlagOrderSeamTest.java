package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One belligerent to a line under its flag, and commanders under the same flags listed column by column: the seam
 * is where the commanders' flags pass from the first column to the second. Invented siege and commanders.
 */
class FlagOrderSeamTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n", "Siege of Orrin", "",
            "DateJune – 29 November 1855", "Location", "Result Russian victory", "Belligerents",
            "Ottoman Empire Ottoman Empire", "United Kingdom British Empire", "Russia Russian Empire",
            "Commanders and leaders", "United Kingdom Piet Hale Surrendered", "United Kingdom Tom Orrin Surrendered",
            "Ottoman Empire Edric Pasha Surrendered", "Ottoman Empire Varn Pasha", "Ottoman Empire Emir Bey", "Russia Osk Tarrant", "Strength",
            "Total: 30,000", "Total: 40,000", "Casualties and losses", "1,000 killed", "2,000 killed"));

    @Test
    void aLineOfAFlagAndAnotherNameIsOneBelligerent() {
        assertEquals(List.of("Ottoman Empire", "British Empire", "Russian Empire"), parsed.sides().stream()
                .flatMap(s -> s.belligerents().stream()).map(NamedEntry::name).toList());
    }

    @Test
    void theCommandersFlagsInTheirOrderPlaceTheBelligerentsSeam() {
        assertEquals(List.of(List.of("Ottoman Empire", "British Empire"), List.of("Russian Empire")),
                parsed.sides().stream().map(s -> s.belligerents().stream().map(NamedEntry::name).toList()).toList());
        assertEquals(List.of("Osk Tarrant"), parsed.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void aTitleBeforeATitleThatFollowsNamesIsTheName() {
        assertEquals("Emir Bey", parsed.sides().get(0).commanders().get(4).name());
    }
}
