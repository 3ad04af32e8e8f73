package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** "13 M113 APCs", "10 CH-21 Shawnees": a figure before a model's designation counts machines, not men. */
class EquipmentByDesignationTest {
    @ParameterizedTest
    @ValueSource(strings = {"m113 apcs[2]", "ch-21 shawnees[3]", "uh-1c iroquois", "l-19 bird dog", "t-34s",
            "b-29s"})
    void aDesignationIsEquipment(String label) {
        assertTrue(StrengthReader.isEquipment(label));
    }

    @ParameterizedTest
    @ValueSource(strings = {"troops", "men of the 3rd division", "guerrillas", "ad 1066 levies"})
    void peopleAreNot(String label) {
        assertFalse(StrengthReader.isEquipment(label));
    }

    @Test
    void machinesWithDesignationsAreLeftOutOfTheStrength() {
        String text = String.join("\n", "Battle of Oued Sarra", "", "Battle of Oued Sarra", "Part of the Sahel War", "",
                "Date6 April 1963", "LocationOued Sarra", "Result Tessan victory", "Belligerents", "Tessa  Varnia",
                "Commanders and leaders", "Amos Pell Rufus Grane", "Strength", "350 guerrillas 1,400 troops",
                "13 M113 APCs", "10 CH-21 Shawnees", "5 UH-1C Iroquois", "Casualties and losses", "18 killed 86 killed",
                "", "The Battle of Oued Sarra was fought on the coast road in April 1963.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");
        ParsedArticle article = new ArticleParser().parse(text);
        assertEquals(1400L, article.sides().get(1).strength().min());
        assertEquals(1400L, article.sides().get(1).strength().max());
    }
}
