package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Losses listed under sub-headings: a heading that names the second side's belligerent ("Varnia Varnian:") opens
 * the second column, even where a blank line further down looks like a better break.
 */
class SecondSideHeadingTest {
    private static ParsedArticle page(String... casualties) {
        List<String> lines = new ArrayList<>(List.of("Battle of Oued Sarra", "", "Battle of Oued Sarra",
                "Part of the Sahel War", "", "Date6 April 1843", "LocationOued Sarra", "Result Tessan victory",
                "Belligerents", "Tessa  Varnia", " Ostmark", "Commanders and leaders", "Amos Pell",
                "Varnia Rufus Grane", "Ostmark Ivo Marten", "Strength", "350 guerrillas 1,400 troops",
                "Casualties and losses"));
        lines.addAll(List.of(casualties));
        lines.addAll(List.of("", "The Battle of Oued Sarra was fought on the coast road in April 1843.", "",
                "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia"));
        return new ArticleParser().parse(String.join("\n", lines));
    }

    @Test
    void aHeadingNamingTheSecondSideStartsItsColumn() {
        ParsedArticle article = page("18 killed", "39 wounded", "Varnia Varnian:", "  • 86 killed", "  • 108 wounded",
                "", "Ostmark Ostmarker:", "", "  • 3 killed", "  • 8 wounded");
        assertEquals(18L, article.sides().get(0).casualties().killed());
        assertEquals(89L, article.sides().get(1).casualties().killed());
        assertEquals(116L, article.sides().get(1).casualties().wounded());
    }

    @Test
    void aClaimHeadingNamingTheSecondSideStaysWithTheFiguresItCounts() {
        ParsedArticle article = page("18 killed", "Varnian estimate:", "  • 60 killed", "", "86 killed",
                "108 wounded");
        assertTrue(article.sides().get(0).casualties().text().contains("60 killed"));
        assertEquals(86L, article.sides().get(1).casualties().killed());
    }
}
