package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aHeavierClassOfShipAfterALighterOneStartsTheOtherColumn() {
        ParsedArticle a = InventedPage.parsed("Date 2 November 1943", "Result Tessan victory", "Belligerents", "",
                " Tessa", "", " Varnia", "", "Commanders and leaders", "Odo Marsh", "", "Piers Hallam", "Strength",
                "4 light cruisers", "8 destroyers", "2 heavy cruisers", "2 light cruisers", "6 destroyers", "100 aircraft",
                "Casualties and losses", "1 destroyer sunk", "1 light cruiser sunk");
        assertEquals("4 light cruisers; 8 destroyers", a.sides().get(0).strength().text());
    }
}
