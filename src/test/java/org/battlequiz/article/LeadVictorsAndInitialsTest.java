package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Winners said in the lead rather than a Result row, results in initials, and figure ranges glued to the next. */
class LeadVictorsAndInitialsTest {
    private final ArticleParser parser = new ArticleParser();

    private ParsedArticle page(String result, String strength, String lead) {
        return parser.parse(String.join("\n", "Battle of Hollow Ford", "", "Battle of Hollow Ford",
                "Date 5 July 1814", "Location Hollow Ford", result, "Belligerents", "Kingdom of Ostra", "",
                "Marn League", "Commanders and leaders", "Aldo Brant", "", "Piet Gundel", "Strength", strength, "", lead));
    }

    @Test
    void aVictoryForAForceNamesTheWinner() {
        ParsedArticle a = page("", "2,100 3,500",
                "The Battle of Hollow Ford was fought on 5 July 1814 near the ford. It was a victory for the "
                        + "Marn League army in the Ostran war.");
        assertEquals(1, a.winner());
    }

    @Test
    void theDefeatOfAForceNamesTheLoser() {
        assertEquals(1, page("", "2,100 3,500",
                "The Battle of Hollow Ford was fought on 5 July 1814 near the ford. The battle resulted in the "
                        + "defeat of Ostra forces by the Marn League.").winner());
        assertEquals(0, page("", "2,100 3,500",
                "The Battle of Hollow Ford was fought on 5 July 1814 near the ford. The decisive defeat "
                        + "suffered by the Marn League ended the war.").winner());
    }

    @Test
    void aResultInInitialsNamesTheStateSpelledOut() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Hollow Ford", "", "Battle of Hollow Ford",
                "Date 5 July 1814", "Result U.S. victory", "Belligerents", "Ostra confederacy United States",
                "Commanders", "Aldo Brant Piet Gundel", "", "The battle was fought in 1814."));
        assertEquals(1, a.winner());
    }

    @Test
    void aCoalitionVictoryWithTheCoalitionsNamesLostIsTheNamelessSides() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Hollow Ford", "", "Battle of Hollow Ford",
                "Date 5 July 1814", "Result Coalition victory", "Belligerents", "First French Empire French Empire",
                "Commanders and leaders", "Strength", "42,000 46,000", "", "The battle was fought in 1814."));
        assertEquals(List.of("French Empire"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(1, a.winner());
    }

    @Test
    void aRangeOfSmallFiguresEndsTheFirstColumn() {
        ParsedArticle a = page("Result Ostran victory", "550-700 1,000 regulars and militia",
                "The battle was fought in 1814.");
        assertEquals(550, a.sides().get(0).strength().min());
        assertEquals(700, a.sides().get(0).strength().max());
        assertEquals(1000, a.sides().get(1).strength().min());
    }
}
