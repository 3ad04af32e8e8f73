package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A picture's caption above the rows, a second name on the title line, writers' rival counts, given-name runs, and
 * a column of flagged states beside one of plain names.
 */
class CaptionTitlesAndRivalCountsTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void aCaptionAboveTheRowsIsNotTheTitleAndAWritersCountIsARivalToTheOthers() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Varn Pass", "", "Battle of Varn Pass", "",
                "Painting of the later account of the battle by Osk of Tarn, 1822", "Date18 June 1576",
                "LocationVarn Pass", "Result Decisive Tolm victory", "Belligerents", "Kingdom of Ranland", "",
                "Tolm Confederation", "Commanders and leaders", "Edric Hale", "Piet Varn", "Strength",
                "40,000 to 50,000 men", "80,000 to 100,000 horsemen", "201,000 horse and foot (according to Abel Osk)",
                "Casualties and losses", "Heavy Heavy", "",
                "The Battle of Varn Pass was fought on 18 June 1576 between Ranland and Tolm."));
        assertEquals("Battle of Varn Pass", a.title());
        assertEquals(80000L, a.sides().get(1).strength().min());
        assertEquals(201000L, a.sides().get(1).strength().max());
    }

    @Test
    void theBattlesOtherNameOnItsTitleLineIsLeftOut() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tessendorf Third Battle of Orrin", "",
                "Part of the Western Front of the Salt War", "Date31 July – 10 November 1917", "LocationTessendorf",
                "ResultTolm victory", "Belligerents", "Ranland", "Tolm", "Commanders and leaders",
                "Edric Varn", "Karl Tarn", "Strength", "20,000 15,000",
                "Casualties and losses", "2,000 killed 1,000 killed"));
        assertEquals("Battle of Tessendorf", a.title());
    }

    @Test
    void givenNamesStartPeopleButTwoGivenNamesBeforeATitledNameAreOneMan() {
        assertEquals(List.of("Piet the Great", "Prince Edric of Ranland", "Kurt Christoph Graf von Varn"),
                NameSegmenter.split("Piet the Great Prince Edric of Ranland Kurt Christoph Graf von Varn"));
        assertEquals(List.of("Joseph Varn", "Noël de Tarn", "Fernand de Osk de Hale", "Philippe Reed"),
                NameSegmenter.split("Joseph Varn Noël de Tarn Fernand de Osk de Hale Philippe Reed"));
        assertEquals(List.of("Douglas Varn", "Hubert Hale", "Herbert Osk"),
                NameSegmenter.split("Douglas Varn Hubert Hale Herbert Osk"));
    }

    @Test
    void flagsStopWhereTheOtherColumnBeginsAndTheBetweenClauseTellsWhoTheVictorsAre() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn Post", "", "Battle of Tarn Post",
                "Part of the Tarn Campaign", "Date12 September 1897", "LocationTarn Post", "Result Varni victory",
                "Belligerents", "", "British Empire British Empire", "", "British Raj India", "Afridi", "Orakzai",
                "Commanders and leaders", "Edric Singh  Gul Hale", "Strength", "21 10,000", "Casualties and losses",
                "21 dead 450 dead", "",
                "The Battle of Tarn Post was a last stand fought between the British Indian Empire and Varni tribesmen.",
                "The Varni tribesmen attacked the post."));
        assertEquals(List.of("British Empire", "British Raj", "India"),
                a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Afridi", "Orakzai"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(1, a.winner());
    }
}
