package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The battle's other name beside its title, a state whose name starts with an ordinal, a flag caption doubled after
 * other names, and a commander whose column's companion was lost. Invented battles.
 */
class OtherNamesAndLostColumnsTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void theLineThePageHeadingRepeatsIsTheTitleAndTheNextLineItsOtherName() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn Ford", "", "Last updated", "",
                "Battle of Tarn Ford", "Battle of Osk Hills", "Part of the Salt War", "DateAugust 10, 1861",
                "Result Ranish victory", "Belligerents", "Ranland Tolm", "Commanders and leaders", "Edric Hale Piet Varn",
                "Strength", "5,400 12,120", "Casualties and losses", "258 killed 277 killed"));
        assertEquals("Battle of Tarn Ford", a.title());
        assertEquals("Battle of Osk Hills", PageChrome.titleText("Battle of Osk Hills"));
        assertEquals("Battle of Tarn", PageChrome.titleText("Battle of Tarn (or Osk)"));
    }

    @Test
    void anOrdinalOpensANameAndADoubledCaptionStaysWithItsName() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn", "", "Battle of Tarn", "Date8 September 1796",
                "Result Ranish victory", "Belligerents", "France First French Republic Tolm monarchy Tolm monarchy",
                "Commanders and leaders", "Edric Hale Piet Varn", "Strength", "20,000 20,000", "Casualties and losses",
                "400 killed 600 killed"));
        assertEquals(List.of("First French Republic"), names(a, 0));
        assertEquals(List.of("Tolm monarchy"), names(a, 1));
    }

    @Test
    void aLoneCommanderUnderTheOtherColumnsFlagKeepsHisWholeNameAndGoesThere() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn", "", "Battle of Tarn", "Part of the Salt War",
                "Date 16 November 1805", "Result Ranish victory", "Belligerents", " France  Russia",
                "Commanders and leaders", "Russian Empire Pyotr Varn", "Strength", "20,661-30,000 7,000-7,300",
                "Casualties and losses", "1,200-2,000 2,648-3,000"));
        assertEquals(List.of(), a.sides().get(0).commanders());
        assertEquals(List.of("Pyotr Varn"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void flagsOnEitherSideOfTheCommandersSeamPartTheBelligerentsTheirSeamHadPutTogether() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn", "", "Battle of Tarn",
                "Part of the Salt War", "Date26 July 1757", "Locationnear Tarn", "Result French victory", "Belligerents",
                "Province of Hanover Hanover", " Great Britain", " Hesse-Kassel", " Brunswick", " France",
                "Commanders and leaders", "Kingdom of Great Britain Edric Hale, Duke of Osk Kingdom of France Piet Varn",
                "Kingdom of France Prince de Tarn", "Strength", "30,000 infantry", "50,000 infantry"));
        assertEquals(List.of("Hanover", "Great Britain", "Hesse-Kassel", "Brunswick"), names(a, 0));
        assertEquals(List.of("France"), names(a, 1));
        assertEquals(List.of("Edric Hale, Duke of Osk"),
                a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Piet Varn", "Prince de Tarn"),
                a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    private static List<String> names(ParsedArticle a, int side) {
        return a.sides().get(side).belligerents().stream().map(NamedEntry::name).toList();
    }
}
