package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Belligerents row of one short name per line with nothing in it to mark where the first column ends, strength and
 * casualty lines that run on after a comma, and a Result row whose second sentence names the loser. Invented battle.
 */
class OneNamePerLineSidesTest {
    private static final String PAGE = String.join("\n",
            "Battle of Sorrel Plain",
            "",
            "Battle of Sorrel Plain",
            "Part of the Veran Wars",
            "",
            "The plain of Sorrel in spring",
            "DateAugust 412 BC",
            "Location",
            "Result Decisive Dorvian victory. End of the first Veran invasion of the coast",
            "Belligerents",
            "Dorvia",
            "Cassara",
            "Veran Empire",
            "Commanders and leaders",
            "Talos the Elder,",
            "Brennik ",
            "Ostrax the Great",
            "Varnes",
            "Strength",
            "8,000 – 9,000 Dorvians,",
            "700 Cassarans",
            "30,000 – 60,000 infantry (modern estimates)",
            "Casualties and losses",
            "150 Dorvians,",
            "9 Cassarans",
            "4,000 dead",
            "",
            "The Battle of Sorrel Plain was fought in 412 BC between the Dorvians and the Veran army of Ostrax the Great.",
            "Dorvia was supported by a small force from the city of Cassara.",
            "The Verans were beaten and sailed home.");

    @Test
    void theOtherRowsAndTheBodyPlaceEachNameOfAnUnmarkedList() {
        ParsedArticle a = new ArticleParser().parse(PAGE);
        assertEquals(List.of("Dorvia", "Cassara"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Veran Empire"), names(a.sides().get(1).belligerents()));
    }

    @Test
    void aFigureLineEndingInACommaRunsOnIntoTheNextLine() {
        ParsedArticle a = new ArticleParser().parse(PAGE);
        Strength dorvian = a.sides().get(0).strength();
        assertEquals(8_700, dorvian.min());
        assertEquals(9_700, dorvian.max());
        Casualties lost = a.sides().get(0).casualties();
        assertEquals(2, lost.sources().size(), lost.toString());
        assertTrue(lost.text().startsWith("150"), lost.text());
        assertEquals(4_000, a.sides().get(1).casualties().killed());
    }

    @Test
    void aTotalHeadingBulletedPartsLeadsItsColumn() {
        String page = String.join("\n", "Battle of Arlen Wood", "", "Battle of Arlen Wood", "Part of the Veran Wars",
                "Date3 December 1790", "Location", "Result Dorvian victory", "Belligerents", "Dorvia", "", "Veran Empire",
                "Lorrica", "Commanders and leaders", "Talos Brenn Ostrax Varn", "Strength", "Total: 50,000",
                "Total: 60,000", "Casualties and losses", "150 dead or wounded", "2 ships", "Total: 4,400",
                "  •   4,000 Verans", "  •   400 Lorricans", "", "1,600 dead or wounded", "  •   1,500 Verans",
                "  •   100 Lorricans", "2,800 captured", "  •   2,500 Verans", "  •   300 Lorricans", "",
                "The Battle of Arlen Wood was fought between the Dorvians and the Veran and Lorrican armies.");
        Casualties dorvian = new ArticleParser().parse(page).sides().get(0).casualties();
        assertEquals("150 dead or wounded; 2 ships", dorvian.text());
    }

    @Test
    void theWinnerIsReadFromTheSentenceThatSaysVictory() {
        assertEquals(0, new ArticleParser().parse(PAGE).winner());
    }

    private static List<String> names(List<NamedEntry> entries) {
        return entries.stream().map(NamedEntry::name).toList();
    }
}
