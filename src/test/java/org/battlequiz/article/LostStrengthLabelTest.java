package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader that dropped the Strength label and printed each column's flag before its first figure, or a labelled total
 * ("Overall ~ 35,470+") under the commanders, and a strength row whose last line is a note in words. Invented articles.
 */
class LostStrengthLabelTest {
    @Test
    void aFlagThenACountOfMenOpensTheStrength() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle",
                "Part of the Tessan War", "Date24 June 1859", "Location Orle", "Result Decisive French victory",
                "France France", "Austrian Empire Austria", "Commanders and leaders", "France Hadran Oskel",
                "(Marshal of the army)", "Austrian Empire Piet Varne", "(Field marshal)", "France 82,935 infantry",
                "9,162 cavalry", "240 guns", "119,783 infantry", "9,490 cavalry", "429 guns", "Casualties and losses",
                "1,622 killed 2,386 killed", "",
                "The Battle of Orle was fought on 24 June 1859 and ended in a French victory over the Austrian army."));
        List<String> commanders = a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertTrue(commanders.stream().noneMatch(c -> c.matches(".*\\d.*")), commanders.toString());
        assertEquals(129273L, a.sides().get(1).strength().min(), "infantry and cavalry");
    }

    @Test
    void countsOfFormationsUnderTheCommandersAreNoCommanders() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Date 6 March 1943",
                "Location Orle", "Result Allied victory", " United Kingdom", " New Zealand", "Commanders and leaders",
                "United Kingdom Hadran Oskel Nazi Germany Piet Varne", "Kingdom of Italy Tomas Brenn",
                "2 infantry divisions", "1 armoured Division", "3 Panzer divisions (all understrength)",
                "Casualties and losses", "130 casualties 700 casualties"));
        assertEquals(List.of("Hadran Oskel", "Piet Varne", "Tomas Brenn"),
                a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList());
    }

    @Test
    void aNoteInWordsAfterTheFiguresIsNoColumnOfItsOwn() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle",
                "Date12 February 1817", "Location Orle", "Result Victory for the Army of the Hills", "Belligerents",
                "Vell Vellish patriots", "Tessa Tessa", "Commanders and leaders", "Hadran Oskel Piet Varne", "Strength",
                "3,600[1] – 4,000 men[2] (Infantry and Cavalry)", "9 artillery[1]", "", "1,400[3]–2,450 Infantry[1]",
                "5 artillery[1]", "", "Tessans <160 men [4]", "Casualties and losses", "100 killed 500 killed", "",
                "The Battle of Orle was fought on 12 February 1817, when the Army of the Hills under Hadran Oskel"
                        + " routed the Tessan garrison of Piet Varne."));
        assertEquals(3600L, a.sides().get(0).strength().min());
        assertTrue(a.sides().get(1).strength().min() >= 1400L, a.sides().get(1).strength().text());
    }

    @Test
    void aRemarkInBracketsStaysWithTheFigureAboveIt() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "Part of the Tessan wars", "",
                "Date29 May 1176", "Location Orle", "Result", "", "Vellish victory[2]", "", "Belligerents", "",
                "Vellish League", "", "Tessan Empire", "Commanders and leaders", "", "Hadran Oskel", "", "Piet Varne",
                "Strength", "12,000[nb 1] 3,000[nb 2]", "(incl. 2,500 knights)", "Casualties and losses",
                "heavy[2] heavy[1][2]", "",
                "The Battle of Orle was fought on 29 May 1176 between the Vellish League and the Tessan Empire."));
        assertEquals(12000L, a.sides().get(0).strength().min());
        assertTrue(a.sides().get(0).strength().text().contains("(incl. 2,500 knights)"), a.sides().get(0).strength().text());
        assertTrue(a.sides().get(1).strength().min() == null || a.sides().get(1).strength().min() != 2500L);
    }

    @Test
    void aCountOfSoldiersInTheThousandsAfterAHeadingOpensTheLostStrengthRowAndALowerCaseTotalIsTheSidesFigure() {
        ParsedArticle article = InventedPage.parsed("Date 7–14 September 1914", "Location Oued Sarra",
                "Result Tessan victory", " Tessa  Varnia", "Commanders and leaders", "Amos Pell Rufus Grane",
                "Tessan First Army: 12 infantry divisions - 115,000 soldiers[1] Varnian Second Army: 10,5 infantry"
                        + " divisions; Varnian Third Army: 4 divisions - 200,000 soldiers and 10,000 sabers;"
                        + " total 210,000 men", "Casualties and losses", "", "5,000 killed", "", "9,000 killed");
        assertEquals(List.of("Amos Pell"), article.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Rufus Grane"), article.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertEquals(115000L, article.sides().get(0).strength().min());
        assertEquals(210000L, article.sides().get(1).strength().min());
        assertEquals(210000L, article.sides().get(1).strength().max());
    }

    @Test
    void aLabelThenOnlyAFigureOpensTheLostStrengthRowAndIsItsTotal() {
        ParsedArticle article = InventedPage.parsed("Date6 April 1972", "Location Oued Sarra",
                "Result Tessan victory", "Belligerents", "Tessa  Varnia", "Commanders and leaders", "Amos Pell",
                "Rufus Grane", "Overall ~ 35,470+", "", "5th Tessan Division ~ 9,230", "7th Tessan Division ~ 8,600",
                "Casualties and losses", "120 killed 86 killed");
        assertTrue(article.sides().stream().flatMap(s -> s.commanders().stream())
                .noneMatch(c -> c.name().contains("Overall") || c.name().contains("Division")), article.sides()::toString);
        assertEquals(35470L, article.sides().get(0).strength().min(), "the overall figure is the stated total");
        assertNull(article.sides().get(0).strength().max(), "35,470+ has no upper bound");
    }
}
