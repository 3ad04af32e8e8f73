package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A citation's page number printed after its marker ("[2]: 321") is no figure; a figure after a marker stays. */
class PageLocatorTest {
    private static ParsedArticle page(String losses) {
        return new ArticleParser().parse(String.join("\n",
                "Battle of Varro Field",
                "Date 3 September 1847",
                "Location Varro Field",
                "Result Arvel victory",
                "Belligerents",
                "Arvel Tessa",
                "Commanders and leaders",
                "Hadran Oskel",
                "Strength",
                "2,000 1,232",
                "Casualties and losses",
                losses,
                "c. 600 killed",
                "",
                "The Battle of Varro Field was fought on 3 September 1847.[1]",
                "",
                "References",
                "1. A history of the war."));
    }

    @Test
    void aPageNumberAtTheEndOfACellIsDropped() {
        String text = page("138 killed 29 missing[2]: 321").sides().get(0).casualties().text();
        assertFalse(text.contains("321"), text);
        assertTrue(text.contains("29 missing"), text);
    }

    @Test
    void aFigureAfterAMarkerIsKept() {
        String text = page("Total[3]: 500 killed").sides().get(0).casualties().text();
        assertTrue(text.contains("500"), text);
    }
}
