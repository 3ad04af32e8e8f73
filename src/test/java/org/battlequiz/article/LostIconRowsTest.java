package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows whose flag icons were lost: the wide space an icon leaves parts two belligerents that would read as one name,
 * and a commanders row that opens with a state's label carries the other column's label mid-line.
 */
class LostIconRowsTest {
    private static ParsedArticle page(String belligerents, String commanders, String casualties) {
        return new ArticleParser().parse(String.join("\n", "Siege of Oued Sarra", "", "Siege of Oued Sarra",
                "Part of the Sahel War", "", "DateMay 18 – July 4, 1863", "LocationOued Sarra", "Result Union victory",
                "Belligerents", belligerents, "Commanders and leaders", commanders, "Strength", "~77,000 ~33,000",
                "Casualties and losses", casualties, "",
                "The siege of Oued Sarra was the last action of the coast campaign in the summer of 1863.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia"));
    }

    private static List<String> names(List<NamedEntry> entries) {
        return entries.stream().map(NamedEntry::name).toList();
    }

    @Test
    void aWideGapPartsTwoBelligerentsThatReadAsOneName() {
        ParsedArticle article = page(" Union  Confederacy", "Amos Pell Rufus Grane", "766 killed 3,202 killed");
        assertEquals(List.of("Union"), names(article.sides().get(0).belligerents()));
        assertEquals(List.of("Confederacy"), names(article.sides().get(1).belligerents()));
    }

    @Test
    void theSecondColumnsLabelMidRowStartsItsCommanders() {
        ParsedArticle article = page(" Union  Confederacy",
                "United States Amos Pell Confederate States of America Rufus Grane  Surrendered", "766 killed 3,202 killed");
        assertEquals(List.of("Amos Pell"), article.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Rufus Grane"), article.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void slashedLossCategoriesAreOneCombinedCount() {
        ParsedArticle article = page(" Union  Confederacy", "Amos Pell Rufus Grane",
                "766 killed 3,202 killed/wounded/missing");
        assertEquals(766L, article.sides().get(0).casualties().killed());
        assertNull(article.sides().get(1).casualties().killed());
    }
}
