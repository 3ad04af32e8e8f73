package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A reader kept one side's belligerent, a coalition no commander's flag names, and lost the other side's; the
 * commanders' flags turn once from the coalition's states to the other bloc's. Invented names.
 */
class BlocFlaggedCommandersTest {
    @Test
    void theCommandersColumnsTurnWhereTheirFlagsTurnFromOneBlocToTheOther() {
        ParsedArticle article = InventedPage.parsed("DateNovember 3 – 9, 1951", "Result Chinese victory", "",
                " United Nations", "", "Commanders and leaders", "United States Arlen Pike", "United States Corin Vale",
                "South Korea Tae Moonsook", "Turkey Orhan Tezel", "China Wei Lantai", "China Shu Renfa",
                "Casualties and losses", "40 killed", "300 killed");
        assertEquals(List.of("Arlen Pike", "Corin Vale", "Tae Moonsook", "Orhan Tezel"), names(article, 0));
        assertEquals(List.of("Wei Lantai", "Shu Renfa"), names(article, 1));
    }

    private static List<String> names(ParsedArticle article, int side) {
        return article.sides().get(side).commanders().stream().map(Commander::name).toList();
    }
}
