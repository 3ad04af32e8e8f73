package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NavalStrengthTest {
    @Test
    void aFleetListedByItsVesselsGivesNoPersonnelFigure() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Kessa Bay
                Date5–7 July 1772
                LocationKessa Bay
                ResultPolish victory
                Belligerents
                Kingdom of Poland
                Crimean Khanate
                Commanders and leaders
                Piotr Halski
                Selim Kaan
                Strength
                7 ships of the line,
                2 frigates,
                1 bomb,
                3 fireships
                12 ships of the line,
                6 frigates
                """);
        assertNull(article.sides().get(0).strength().min());
        assertNull(article.sides().get(0).strength().max());
    }
}
