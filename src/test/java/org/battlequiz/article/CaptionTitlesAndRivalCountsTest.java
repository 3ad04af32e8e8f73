package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A picture's caption above the rows, a second name on the title line, writers' rival counts, given-name runs, and
 * a column of flagged states beside one of plain names, and a fleet counted in ships.
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

    @Test
    void theSecondColumnStartsUnderTheFlagThatOpensTheSecondColumnOfCommanders() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk Heights", "", "Battle of Osk Heights",
                "Part of the Salt War", "Date6 August 1870", "LocationOsk Heights", "Result Ranish victory",
                "Belligerents", "", "German Empire North German Confederation", "", " Baden", " Bavaria",
                "Kingdom of Württemberg Württemberg", "Second French Empire Second French Empire",
                "Commanders and leaders", "Kingdom of Prussia Edric Varn Second French Empire Piet Hale", "Strength",
                "125,000", "46,500", "Casualties and losses", "1,593 killed 5,884 killed"));
        assertEquals(List.of("North German Confederation", "Baden", "Bavaria", "Württemberg"),
                a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Second French Empire"),
                a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void figuresUnderTheirFlagsAfterTheCommandersAreTheStrengthWhoseLabelWasLost() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn Hill", "", "Battle of Tarn Hill",
                "Part of the Salt War", "Date25 April 1707", "LocationTarn Hill", "Result Franco-Spanish victory",
                "Spain Kingdom of Spain", " Kingdom of France", "Portugal Portugal", " Dutch Republic",
                "Commanders and leaders", "Kingdom of France Spain Edric Varn Kingdom of England Piet Hale",
                "Portugal Osk Tarn", "", "", "Kingdom of France 11,900", "Spain 13,500", "", "",
                "Kingdom of England 4,800", "Portugal 7,870", "Dutch Republic 1,480", "Casualties and losses",
                "3,000 killed", "", "", "4,000 killed"));
        List<String> leaders = a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertTrue(leaders.stream().noneMatch(n -> n.matches(".*\\d.*")), leaders::toString);
        assertEquals(11900L, a.sides().get(0).strength().min());
    }

    @Test
    void aFleetCountedInShipsUnderAHeadingIsNoCountOfMen() {
        Strength fleet = StrengthReader.read(List.of("26 ships:", "4 ironclads", "1 screw tender", "2 avisos",
                "4 merchantmen").stream().map(t -> new Piece(TextLine.of(1, t), t)).toList(), 0.9);
        assertEquals(null, fleet.min());
        assertEquals(null, fleet.max());
    }

    @Test
    void theLineUnderAPicturesFileIsItsCaptionNotTheTitle() {
        ParsedArticle a = parser.parse(String.join("\n", "Military Wiki", "Battle of Tarn Mill", "Tarn Mill 1.JPG",
                "Horsemen meeting at the Battle of Tarn Mill, drawn by Edric Varn", "Date27 June 1866", "LocationTarn Mill",
                "Result Ranish victory", "Belligerents", "Ranland Tolm", "Commanders and leaders", "Piet Hale Osk Reed",
                "Casualties and losses", "1,122 killed 5,719 killed"));
        assertEquals("Battle of Tarn Mill", a.title());
    }

    @Test
    void aFlagsShortLabelBeforeARealmsLongFormAndAStateOfSeveralWordsAreEachOneName() {
        assertTrue(ColumnSplitter.captionOfNext("Courland", "Duchy of Courland"));
        assertTrue(ColumnSplitter.captionOfNext("Varnland", "Grand Duchy of Varnland"));
        assertEquals(List.of("Prussia", "Saxe-Coburg and Gotha"), NameRuns.split("Prussia Saxe-Coburg and Gotha"));
    }

    @Test
    void anUnknownCommanderOfTheOtherColumnLeavesTheNameBeforeItWhole() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn Bend", "", "Battle of Tarn Bend",
                "Date30 December 1885", "LocationTarn Bend", "Result Ranish victory", "Belligerents", "Ranland Tolm",
                "Commanders and leaders", "Edric Varnley unknown", "Strength", "3,500 6,000", "Casualties and losses",
                "41 killed 800 killed"));
        assertEquals(List.of("Edric Varnley"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of(), a.sides().get(1).commanders());
    }

    @Test
    void aStatesCaptionCutFromItsNameByTheSeamIsNotAlsoTheFirstColumnsLastState() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Reed Drift", "", "Date10 December 1899",
                "LocationReed Drift", "Result Ranish victory", "Belligerents",
                "United Kingdom United Kingdom Orange Free StateOrange Free State", "Commanders and leaders",
                "Edric Varn Piet Hale", "Strength", "1,800 2,300", "Casualties and losses", "135 killed 8 killed"));
        assertEquals(List.of("United Kingdom"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Orange Free State"),
                a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void aTitledPersonsTwoGivenNamesBeforeTheRealmAreOneName() {
        assertEquals(List.of("Prince Frederick Charles of Varnland"),
                NameSegmenter.split("Prince Frederick Charles of Varnland"));
        assertEquals(List.of("Prince Frederick Charles of Varnland", "Karl von Tarn"),
                NameSegmenter.split("Prince Frederick Charles of Varnland Karl von Tarn"));
    }
}
