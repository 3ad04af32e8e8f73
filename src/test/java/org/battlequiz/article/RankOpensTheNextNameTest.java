package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two commanders run into one line, the second opening with his rank after a long name. Invented names. */
class RankOpensTheNextNameTest {
    @Test
    void theColumnsPartBeforeTheRankNotInsideTheLongName() {
        ParsedArticle article = InventedPage.parsed("Date June 26, 1941 - June 30, 1941", "Location Oued Sarra",
                "Result Tessan victory", "Combatants", "Tessa Varnia", "Commanders",
                "Hadran Ludo Edric von Skell Colonel-General Piet Varnov", "Strength", "600 men 1,000 men");
        assertEquals(List.of("Hadran Ludo Edric von Skell"), names(article, 0));
        assertEquals(List.of("Piet Varnov"), names(article, 1));
    }

    private static List<String> names(ParsedArticle article, int side) {
        return article.sides().get(side).commanders().stream().map(Commander::name).toList();
    }
}
