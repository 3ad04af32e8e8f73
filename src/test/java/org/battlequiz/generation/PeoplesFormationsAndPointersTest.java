package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.Commander;
import org.battlequiz.article.Side;
import org.junit.jupiter.api.Test;

class PeoplesFormationsAndPointersTest {
    @Test
    void aPeopleNamedInTheLatinPluralTakesThe() {
        assertEquals("the Tessari", Texts.group("Tessari"));
        assertEquals("the Varnae", Texts.group("Varnae"));
        assertEquals("the Orlii", Texts.group("Orlii"));
        assertEquals("Mali", Texts.group("Mali"), "a state is named without it");
    }

    @Test
    void aFormationAmongTheCommandersIsNoPerson() {
        Side side = new Side(List.of(), List.of(commander("Army"), commander("1st Tank Army"), commander("Steppe Front"),
                commander("Tomas Verle")), List.of(), null, null);
        assertEquals(List.of("Tomas Verle"), Battle.commanders(side).stream().map(Commander::name).toList());
    }

    @Test
    void aPointerToAnotherArticleIsLeftOutOfTheSentence() {
        assertEquals("After a string of defeats, the Varnish army under Tomas Verle finally won.",
                ClozeItems.withoutGlosses("After a string of defeats (see Battle of Orle), the Varnish army under Tomas Verle"
                        + " finally won."));
    }

    private static Commander commander(String name) {
        return new Commander(name, null, Fixtures.line(name, 12, name), 0.9);
    }
}
