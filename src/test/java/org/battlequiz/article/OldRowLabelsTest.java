package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Row labels of older infoboxes: "Dates of battle" in the glued battle box, a "Conflict" cell in a table. */
class OldRowLabelsTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void aGluedDatesOfBattleRowGivesTheDate() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Hollow Ford", "", "From Academic Pages", "",
                "Battle of Hollow Ford", "Dates of battleNovember 15 1315", "Site of battleHollow Ford Pass",
                "Combatant 1Ostran Confederation", "led byAldo Brant", "Forces1,500 men", "Combatant 2Duchy of Marn",
                "led byPiet Gundel", "Forces3,000 to 4,000", "resultdecisive Marnish defeat", "",
                "The Ostrans ambushed the Marnish knights at the pass in the autumn of 1315."));
        assertEquals("1315-11-15", a.dateStart());
    }

    @Test
    void aConflictCellInATableIsTheWarTheBattleWasPartOf() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Hollow Ford | |", "---|---|",
                "Conflict | Ostran War |", "Date | October 13, 1812 |", "Place | Near Hollow Ford |",
                "Result | Ostran victory |", "Combatants | |", "Kingdom of Ostra | Marn League |", "Commanders | |",
                "Aldo Brant | Piet Gundel |", "Strength | |", "1000 troops | 6000 troops |",
                "The battle was fought on October 13, 1812 near the ford, and the Ostrans held the heights."));
        assertEquals("Ostran War", a.partOf());
        assertEquals("Near Hollow Ford", a.location());
    }
}
