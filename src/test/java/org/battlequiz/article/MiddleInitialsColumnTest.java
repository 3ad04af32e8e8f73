package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Commanders one per line with no break between the sides: names with middle initials under names without. */
class MiddleInitialsColumnTest {
    @Test
    void aColumnOfMiddleInitialsStartsWhereTheyStart() {
        ParsedArticle article = InventedPage.parsed("Date8–23 December 1941", "LocationOued Sarra",
                "Result Tessan victory", "Belligerents", " Tessa  Varnia", "Commanders and leaders", "Keiji Onoda",
                "Hiroshi Tanabe", "Masao Kuroda", "Eiji Sato", "Tadao Mori", "Walter S. Crane (POW)",
                "James P.T. Holloway (POW)", "Paul A. Marsh (POW)", "Henry T. Oakes ", "Strength", "2,500 infantry 449 marines",
                "Casualties and losses", "820 killed 52 killed");
        assertEquals(List.of("Keiji Onoda", "Hiroshi Tanabe", "Masao Kuroda", "Eiji Sato", "Tadao Mori"),
                article.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(4, article.sides().get(1).commanders().size());
    }

    @Test
    void aMiddleInitialIsALetterAndAFullStopBetweenNames() {
        assertTrue(Orthography.hasMiddleInitial("Winfield S. Cunningham (POW)"));
        assertTrue(Orthography.hasMiddleInitial("James P.S. Devereux"));
        assertFalse(Orthography.hasMiddleInitial("Tamon Yamaguchi"));
        assertFalse(Orthography.hasMiddleInitial("Gen. Tamon Yamaguchi"));
    }
}
