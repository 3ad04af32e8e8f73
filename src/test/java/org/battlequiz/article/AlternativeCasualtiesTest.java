package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A casualty line opening with "or" gives another estimate of the lines above it. Invented siege. */
class AlternativeCasualtiesTest {
    @Test
    void anAlternativeEstimateIsNotAddedToTheFirst() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Siege of Orrin Hill", "",
                "DateDecember 1880 – January 1881", "Location", "Result Varnian victory", "Belligerents",
                "Varnia Tarn", "Commanders and leaders", "Piet Hale Edric Varn", "Strength", "7,200 20,000",
                "Casualties and losses", "", "268 killed", "669 wounded", "or: 59 killed,", "254 wounded", "",
                "15,000 defenders killed", "or up to 20,000 killed"));
        assertEquals(268L, a.sides().get(0).casualties().killed());
        assertEquals(669L, a.sides().get(0).casualties().wounded());
        assertEquals(15_000L, a.sides().get(1).casualties().killed());
    }
}
