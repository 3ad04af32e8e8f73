package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Commanders one per line with nothing between the columns but the language of the surnames: three ending in a
 * vowel, then four that do not, the last three with middle initials; and flagged names, whose flags decide. Invented
 * names.
 */
class SurnameLanguageSeamTest {
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
}
