package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commanders one per line with no break between the sides: names with middle initials under names without, and
 * surnames that stop ending in a vowel, unless flags before the names tell the sides, and names spelled in Japanese
 * syllables apart from others. Invented names.
 */
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

    @Test
    void theColumnsPartWhereTheSurnamesStopEndingInAVowel() {
        ParsedArticle article = InventedPage.parsed("DateNovember 30, 1942", "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", " Tessa  Varnia", "Commanders and leaders", "Raizen Takaya",
                "Shoji Morita", "Kenta Oshino", "Carlton Wrey", "Mahlon S. Tisby", "Walter M. Colby",
                "Lawrence A. Ambrose", "Strength", "8 destroyers 4 cruisers", "Casualties and losses",
                "197 killed 395 killed");
        assertEquals(List.of("Raizen Takaya", "Shoji Morita", "Kenta Oshino"), names(article, 0));
        assertEquals(List.of("Carlton Wrey", "Mahlon S. Tisby", "Walter M. Colby", "Lawrence A. Ambrose"),
                names(article, 1));
    }

    @Test
    void underFlagsTheFlagsTellTheSidesAndTheSurnamesDoNot() {
        ParsedArticle article = InventedPage.parsed("DateApril 22 – 25, 1951", "Location Oued Sarra",
                "Result Chinese victory", "Belligerents", " United Nations  China", "Commanders and leaders",
                "United Kingdom Hal Brode", "Belgium Albert Crayen", "United States Robert Soult",
                "Philippines Dion S. Ojara", "China Peng Dehai", "China Yang Dezhu", "China Fu Chongbo",
                "Casualties and losses", "197 killed 395 killed");
        assertEquals(List.of("Hal Brode", "Albert Crayen", "Robert Soult", "Dion S. Ojara"), names(article, 0));
    }

    private static List<String> names(ParsedArticle article, int side) {
        return article.sides().get(side).commanders().stream().map(Commander::name).toList();
    }

    @Test
    void aLoneJapaneseNameUnderAColumnOfChineseNamesIsTheOtherSides() {
        ParsedArticle article = InventedPage.parsed("Date August 20 – December 5, 1940", "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", "", " Tessa", "", " Varnia", "", "Commanders and leaders",
                "Peng Dehai", "Zhu Wen", "Zuo Qiang", "Liu Bochen", "He Lang", "Nie Rongshen", "Deng Xiaolin",
                "Hayato Tanabe", "Strength", "200,000 270,000", "Casualties and losses", "22,000 killed 4,000 killed");
        assertEquals(7, article.sides().get(0).commanders().size());
        assertEquals(List.of("Hayato Tanabe"), article.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void japaneseNamesAreSpelledInItsSyllablesAndOthersAreNot() {
        for (String name : List.of("Hayato Tanabe", "Isoroku Yamamoto", "Raizō Tanaka", "Chūichi Nagumo", "Masaharu Homma",
                "Shin'ichi Hattori", "Tomoyuki Yamashita")) {
            assertTrue(Orthography.romanizedJapanese(name), name);
        }
        for (String name : List.of("Zhu Wen", "Peng Dehai", "Chen Yi", "Kim Chaek", "Carlton Wrey", "Dionisio Ojeda",
                "Pietro Badoglio", "Hayato", "He Lang")) {
            assertFalse(Orthography.romanizedJapanese(name), name);
        }
    }
}
