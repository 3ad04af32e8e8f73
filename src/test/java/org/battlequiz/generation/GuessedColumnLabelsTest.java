package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.junit.jupiter.api.Test;

/** How a side is named where the parser guessed the boundary between the columns of belligerents. Invented. */
class GuessedColumnLabelsTest {
    @Test
    void aNameSureOfItsColumnNamesTheSideBeforeTheColumnsSureEnd() {
        Battle battle = new Battle(withBelligerents(List.of(entry("Varn Monarchy", 0.6), entry("Duchy of Reed", 0.6)),
                List.of(entry("Osk Empire", 0.8), entry("Crimson Khanate", 0.6), entry("Tolm renegades", 0.6))),
                List.of());
        assertEquals("Osk Empire", battle.sideLabel(1).orElseThrow());
        assertEquals("Varn Monarchy", battle.sideLabel(0).orElseThrow());
        Battle unsure = new Battle(withBelligerents(List.of(entry("Varn Monarchy", 0.6), entry("Duchy of Reed", 0.6)),
                List.of(entry("Osk Empire", 0.6), entry("Crimson Khanate", 0.6), entry("Tolm renegades", 0.6))),
                List.of());
        assertEquals("Tolm renegades", unsure.sideLabel(1).orElseThrow(), "with none sure, the column's sure end");
    }

    @Test
    void aFigureLabelledWithALesserMemberOfTheSideIsThatMembersNotTheSides() {
        Battle battle = new Battle(withBelligerents(List.of(entry("Varn Monarchy", 0.6), entry("Duchy of Reed", 0.6)),
                List.of(entry("Osk Empire", 0.8), entry("Crimson Khanate", 0.6), entry("Tolm renegades", 0.6))),
                List.of());
        assertTrue(battle.namesALesserMember(1, "Tolm cavalry"));
        assertFalse(battle.namesALesserMember(1, "Osk cavalry"));
        assertFalse(battle.namesALesserMember(1, "cavalry"));
    }

    private static NamedEntry entry(String name, double confidence) {
        return new NamedEntry(name, null, confidence);
    }

    private static ParsedArticle withBelligerents(List<NamedEntry> first, List<NamedEntry> second) {
        ParsedArticle a = Fixtures.oakfield();
        List<Side> sides = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Side s = a.sides().get(i);
            sides.add(new Side(i == 0 ? first : second, s.commanders(), s.units(), s.strength(), s.casualties()));
        }
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), a.result(),
                a.winner(), sides, a.bodyFacts(), a.fieldSources());
    }
}
