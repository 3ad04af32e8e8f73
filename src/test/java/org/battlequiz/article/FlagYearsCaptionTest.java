package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that printed each flag's caption with the years of the state it stands for ("Kingdom of Italy (1861–1946)"),
 * glued to the commander's name after it. Invented campaign.
 */
class FlagYearsCaptionTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Tarn Campaign", "", "From an encyclopedia copy", "Tarn Campaign", "Part of the Arland Civil War",
            "Date 12 September 1918 – 2 November 1918", "Location Tarnland", "Result Decisive Velt victory", "",
            "Kingdom of Italy (1861–1946) Kingdom of Italy", "", "Velt Party", "", "Commanders and leaders", "",
            "Kingdom of Italy (1861–1946)Odo Marsh", "Kingdom of Italy (1861–1946)Piers Hallam",
            "Kingdom of Italy (1861–1946)Ralph Oxney (POW)", "", "Lin Tao", "Luo Feng", "55,000 70,000",
            "Casualties and losses", "~4,700 7,000", "", "The Tarn Campaign was the first of the campaigns."));

    @Test
    void aCaptionsYearsGluedToTheNameGoWithTheCaption() {
        assertEquals(List.of("Odo Marsh", "Piers Hallam", "Ralph Oxney"),
                parsed.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals("POW", parsed.sides().get(0).commanders().get(2).note());
        assertEquals(List.of("Lin Tao", "Luo Feng"), parsed.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void aCaptionsYearsBeforeTheSameNameAreNoBelligerent() {
        ParsedArticle a = InventedPage.parsed("Date 6 November 1918 – 10 January 1919", "Result Velt victory",
                "Belligerents", "", "Kingdom of Italy (1861–1946) Kingdom of Italy", "", "Velt Party", "", "Strength",
                "80,000 110,000", "Casualties and losses", "5,500 killed 1,340 killed");
        assertEquals(List.of("Kingdom of Italy"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
    }
}
