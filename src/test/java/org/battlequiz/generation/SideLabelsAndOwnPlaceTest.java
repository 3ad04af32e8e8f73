package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.junit.jupiter.api.Test;

class SideLabelsAndOwnPlaceTest {
    @Test
    void aForceListedWithItsFormationsIsNamedAloneNotWithAllies() {
        ParsedArticle a = Fixtures.oakfield();
        Side york = a.sides().get(0);
        Side formations = new Side(List.of(entry("Orle Command"), entry("Tessan III Corps"), entry("8th Division")),
                york.commanders(), york.units(), york.strength(), york.casualties());
        ParsedArticle withFormations = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), a.winner(), List.of(formations, a.sides().get(1)), a.bodyFacts(), a.fieldSources());
        assertEquals("Orle Command", new Battle(withFormations, List.of()).sideLabel(0).orElseThrow());
    }

    @Test
    void aLocationNamingTheBattlesOwnPlaceGivesTheWhereItemAway() {
        ParsedArticle anLo = OtherBattles.battle("Battle of An Lo", "Hill War", "1972-04-05", "An Lo, Binh Province, Varnia",
                "Odo Marsh", "County of Cleeve", "Piers Hallam", "Kingdom of Arland");
        assertTrue(SettingItems.namesTheBattlesPlace("An Lo, Binh Province, Varnia", new Battle(anLo, List.of())));
        assertFalse(SettingItems.namesTheBattlesPlace("Binh Province, Varnia", new Battle(anLo, List.of())));
    }

    private static NamedEntry entry(String name) {
        return new NamedEntry(name, Fixtures.line(name, 8), 0.9);
    }
}
