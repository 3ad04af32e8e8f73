package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NestedBulletsAndSlashedTitlesTest {
    private static final ParsedArticle ARTICLE = new ArticleParser().parse("""
            Second Battle of Orsund / Kettasalmi / Orsundby

            Date9–10 July 1791
            LocationOrsund
            ResultSwedish victory
            Belligerents
            Kingdom of Sweden
            Russian Empire
            Commanders and leaders
            Karl Stenhielm
            Ivan Osterov
            Strength
              • c. 61,500 personnel
                • 55,000 personnel
                • 6,000 personnel
                • 500 personnel
                • 120 guns
            48,000 personnel
            """);

    @Test
    void theFirstBulletOverDeeperOnesIsTheirTotal() {
        Strength first = ARTICLE.sides().get(0).strength();
        assertEquals(List.of(61_500L, 61_500L), List.of(first.min(), first.max()));
        assertEquals(48_000L, ARTICLE.sides().get(1).strength().min());
    }

    @Test
    void aTitlesOtherNamesAfterSlashesAreNoPartOfIt() {
        assertEquals("Second Battle of Orsund", ARTICLE.title());
    }
}
