package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page that lists each side as its own bulleted block of "Belligerents:", "Commanders:" and "Strength:" lines,
 * with the Result on the line under its key, is read, not refused. Invented article: no real battle.
 */
class SideBlocksLayoutTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Marrow Fen", "", "Home", "",
            "The Battle of Marrow Fen was fought between Varland and Osteria in the autumn of 1911, and ended with"
                    + " the retreat of the Varlish Third Army.", "",
            "  • Date: 3-7 October 1911",
            "  • Northern Pact:",
            "    • Belligerents: Kingdom of Varland",
            "    • Commanders: Anton Brisk, Lev Haddon",
            "    • Strength:",
            "      • Third Army (120,000)",
            "  • Southern League:",
            "    • Belligerents: Osterian Republic",
            "    • Commanders: Mira Tolvane, Ivo Castell, Jan Sorrel",
            "    • Strength:",
            "      • First Army (95,000)",
            "  • Result:",
            "    • Decisive Osterian victory",
            "", "In September 1911 Varland sent two armies across the border, and Osteria answered with one.");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void eachBlockIsASideInItsOrder() {
        assertEquals("Battle of Marrow Fen", a.title());
        assertEquals("1911-10-03", a.dateStart());
        assertEquals("1911-10-07", a.dateEnd());
        assertEquals(List.of("Kingdom of Varland"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Osterian Republic"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Anton Brisk", "Lev Haddon"),
                a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Mira Tolvane", "Ivo Castell", "Jan Sorrel"),
                a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void theResultUnderItsKeyNamesTheWinner() {
        assertEquals("Decisive Osterian victory", a.result());
        assertEquals(1, a.winner());
    }

    private static List<String> names(List<NamedEntry> entries) {
        return entries.stream().map(NamedEntry::name).toList();
    }

    /** A site's own "Date:"/"Location:" header, then the infobox as "Key: value" lines with both sides in one list. */
    private static final String ONE_LIST = String.join("\n",
            "upload image", "", "Battle of Tarn Ridge", "", "Privacy Level: Open", "Date: [unknown]", "Location: [unknown]",
            "Tags: 1790 Northern_War", "This page has been read 12 times.", "", "", "Battles of Tarn Ridge", "",
            "Date: June 2 and June 20, 1790", "Location: Tarn County, Velland",
            "Result: First battle: Pyrrhic Ostran victory", "Second battle: Decisive Vellish victory, Ostran surrender June 28",
            "Belligerents: Velland, Ostria, Kingdom of Harl", "", "",
            "The Battles of Tarn Ridge (June 2 and June 20, 1790) decided the fate of the Ostran army in the war.");

    @Test
    void aSiteHeaderBeforeTheInfoboxGivesWayToTheInfoboxRows() {
        ParsedArticle page = new ArticleParser().parse(ONE_LIST);
        assertEquals("Battles of Tarn Ridge", page.title());
        assertEquals("1790-06-02", page.dateStart());
        assertEquals("1790-06-20", page.dateEnd());
        assertEquals("Tarn County, Velland", page.location());
        assertEquals("First battle: Pyrrhic Ostran victory; Second battle: Decisive Vellish victory, Ostran surrender"
                + " June 28", page.result());
    }

    @Test
    void oneListOfBelligerentsIsSplitIntoTwoSides() {
        ParsedArticle page = new ArticleParser().parse(ONE_LIST);
        assertEquals(2, page.sides().size());
        assertEquals(List.of("Velland", "Ostria", "Kingdom of Harl"), page.sides().stream()
                .flatMap(side -> names(side.belligerents()).stream()).toList());
        assertEquals(List.of("Velland"), names(page.sides().get(0).belligerents()).subList(0, 1));
        assertEquals(List.of("Kingdom of Harl"), names(page.sides().get(1).belligerents())
                .subList(page.sides().get(1).belligerents().size() - 1, page.sides().get(1).belligerents().size()));
    }

    @Test
    void anEmptySecondCombatantKeepsTheFirstOnesNamesWhole() {
        ParsedArticle page = new ArticleParser().parse(String.join("\n", "= Battle of Sarn Ridge =", "",
                "- Conflict: Battle of Sarn Ridge", "- Date: 23 October 1942", "- Place: Sarn, Velland",
                "- Result: Allied victory", "- Combatant1: , Vellish Armed Forces in the East, Tessa", "- Combatant2: ,",
                "- Commander1: Harold Oskel, Bernard Varne", "- Commander2: Erwin Tolm",
                "- Strength1: 195,000", "- Strength2: 116,000", "",
                "The Battle of Sarn Ridge was fought near Sarn in the autumn of 1942."));
        assertEquals(List.of("Vellish Armed Forces in the East", "Tessa"), names(page.sides().get(0).belligerents()));
        assertEquals(List.of(), names(page.sides().get(1).belligerents()));
        assertEquals(List.of("Erwin Tolm"), page.sides().get(1).commanders().stream().map(Commander::name).toList());
    }
}
