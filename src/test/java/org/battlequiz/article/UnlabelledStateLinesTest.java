package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnlabelledStateLinesTest {
    private static final ParsedArticle ARTICLE = new ArticleParser().parse("""
            Battle of the Varn Pass
            Part of the Hill War
            Date 3 – 9 May 1911
            Location Varn Pass, Anatolia
            Result Decisive Allied victory
            Spain Spain

            Portugal Portugal

            Arab Revolt Arab volunteers

             Ottoman Empire
            Persia Persia[1]
            Spain Tomas Verle Persia Anker Hollis
            Ottoman Empire Piet Darro
            9,000 infantry,
            400 guns
            5,000 infantry,
            120 guns

            The Battle of the Varn Pass was fought in May 1911 in the Hill War.
            """);

    @Test
    void linesNamingOnlyStatesOrAPeoplesForceAreBelligerentsNotCommanders() {
        List<String> commanders = ARTICLE.sides().stream().flatMap(s -> s.commanders().stream())
                .map(Commander::name).toList();
        assertEquals(List.of("Tomas Verle", "Anker Hollis", "Piet Darro"), commanders);
        List<String> belligerents = ARTICLE.sides().stream().flatMap(s -> s.belligerents().stream())
                .map(NamedEntry::name).toList();
        assertTrue(belligerents.containsAll(List.of("Spain", "Portugal", "Ottoman Empire", "Persia")), belligerents.toString());
    }

    @Test
    void aLineOfStatesIsToldFromALineNamingAMan() {
        assertTrue(LostLabels.namesOnlyStates("France France"));
        assertTrue(LostLabels.namesOnlyStates("German Empire Germany[1]"));
        assertTrue(LostLabels.namesOnlyStates("Arab Revolt Arab insurgents"));
        assertFalse(LostLabels.namesOnlyStates("United Kingdom Edmund Allenby"));
        assertFalse(LostLabels.namesOnlyStates("Edmund Allenby"));
    }
}
