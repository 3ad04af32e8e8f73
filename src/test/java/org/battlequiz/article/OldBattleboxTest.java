package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The battle box of early encyclopedia copies, labels glued to values, is read, not refused. Invented article. */
class OldBattleboxTest {
    private final ParsedArticle a = new ArticleParser().parse(String.join("\n",
            "Battle of Hollin Moor", "", "From a kids' encyclopedia", "", "Battle of Hollin Moor",
            "Date of battleMay 3, 1644", "ConflictVellish Civil War", "Battle before", "Battle after",
            "Site of battlenear Hollin,", "4 miles (6 km) north of Tarnby", "Combatant 1Assembly", "led byEdwin Carr",
            "Forces14,000 men", "Casualties600 killed", "Combatant 2Crown", "led byPrince Osric", "Forces11,000 men",
            "Casualties1,400 killed", "resultdecisive Assembly victory", "",
            "The Battle of Hollin Moor was the turning point of the Vellish Civil War."));

    @Test
    void aSitesIndexLineAboveTheTitleIsNotTheTitle() {
        ParsedArticle indexed = new ArticleParser().parse(String.join("\n",
                "Main Page | See live article | Alphabetical index", "", "Battle of Hollin Moor", "",
                "Battle of Hollin Moor", "Date of battleMay 3, 1644", "ConflictVellish Civil War",
                "Site of battlenear Hollin", "Combatant 1Assembly", "led byEdwin Carr", "Forces14,000 men",
                "Combatant 2Crown", "led byPrince Osric", "Forces11,000 men", "",
                "The Battle of Hollin Moor was the turning point of the Vellish Civil War."));
        assertEquals("Battle of Hollin Moor", indexed.title());
    }

    @Test
    void eachGluedRowIsReadIntoItsField() {
        assertEquals("Battle of Hollin Moor", a.title());
        assertEquals("1644-05-03", a.dateStart());
        assertEquals("Vellish Civil War", a.partOf());
        assertEquals("near Hollin, 4 miles (6 km) north of Tarnby", a.location());
        assertEquals("decisive Assembly victory", a.result());
        assertEquals(0, a.winner());
    }

    @Test
    void ledByForcesAndCasualtiesBelongToTheCombatantAboveThem() {
        assertEquals(List.of("Assembly"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Crown"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Edwin Carr"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Prince Osric"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertEquals(14000L, a.sides().get(0).strength().min());
        assertEquals(11000L, a.sides().get(1).strength().max());
        assertEquals(600L, a.sides().get(0).casualties().killed());
        assertEquals(1400L, a.sides().get(1).casualties().killed());
    }
}
