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
}
