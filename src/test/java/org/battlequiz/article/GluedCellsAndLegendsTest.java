package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cells a reader glued together, flag labels longer than the side's name, legends after the losses, on invented battles. */
class GluedCellsAndLegendsTest {
    private final ArticleParser parser = new ArticleParser();

    private static List<String> names(List<NamedEntry> entries) {
        return entries.stream().map(NamedEntry::name).toList();
    }

    private static List<String> commanders(Side side) {
        return side.commanders().stream().map(Commander::name).toList();
    }

    @Test
    void twoCellsGluedWithoutASpaceAreTwoColumnsAndAnApproximateFigureStartsTheLostStrengthRow() {
        ParsedArticle a = parser.parse(String.join("\n", "Part of the Hill Wars", "Date9 May 212 BC",
                "LocationOld Tarsa (Arvenia)", "ResultDecisive Marcellan victory",
                "Forces of Aulus Marcellus, including allies of the PlainsForces of Decimus Varro, including many"
                        + " of the Hillmen",
                "Commanders and leaders", "Aulus Marcellus Decimus Varro",
                "Approximately 12,000 legionaries (six legions), 3,000 auxiliaries, and cavalry of 900About 20,000"
                        + " legionaries (ten legions), 2,000 auxiliaries, and cavalry of 4,000",
                "Casualties and losses", "~150 (per Marcellus)4,000–9,000", "",
                "The Battle of Old Tarsa was fought in 212 BC between Aulus Marcellus and Decimus Varro."));
        assertEquals(List.of("Forces of Aulus Marcellus, including allies of the Plains"),
                names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Forces of Decimus Varro, including many of the Hillmen"),
                names(a.sides().get(1).belligerents()));
        assertEquals(15900L, a.sides().get(0).strength().min());
        assertEquals(26000L, a.sides().get(1).strength().min());
    }

    @Test
    void aRealmsFullNameBeforeACommanderIsAFlagLabelAndAStateAfterTheLossesIsALegend() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Reed Hill", "Part of the Border War",
                "Date March 2, 1781", "Location Reed Hill, Carolina", "Result American victory", "Belligerents",
                " United States", "", " Great Britain", "", "Commanders and leaders",
                "United States Amos Fenwick Kingdom of Great Britain Silas Harte", "Strength", "1,800 1,100",
                "Casualties and losses", "20 killed", "100 wounded", "90 killed", "200 wounded", "600 captured", "",
                " Great Britain", "", "The Battle of Reed Hill was fought in 1781."));
        assertEquals(List.of("Amos Fenwick"), commanders(a.sides().get(0)));
        assertEquals(List.of("Silas Harte"), commanders(a.sides().get(1)));
        assertEquals(20L, a.sides().get(0).casualties().killed());
        assertEquals(90L, a.sides().get(1).casualties().killed());
        assertEquals(200L, a.sides().get(1).casualties().wounded());
    }

    @Test
    void aOneWordNameOfAPlaceAfterAFullNameIsASecondPerson() {
        assertEquals(List.of("Marcus Aelius Tarvo", "Brennor of Halda"),
                NameSegmenter.split("Marcus Aelius Tarvo Brennor of Halda"));
        assertEquals(List.of("Otto Karl Wendel of Marsheim"), NameSegmenter.split("Otto Karl Wendel of Marsheim"));
        assertEquals(List.of("Gaius Varro Duke of Halda"), NameSegmenter.split("Gaius Varro Duke of Halda"));
    }

    @Test
    void twoStatesInOneCellAreTwoBelligerentsButAPeoplesTwoNamesStayOne() {
        assertEquals(List.of("France", "Austria"), NameRuns.split("France Austria"));
        assertEquals(List.of("Lakota Sioux"), NameRuns.split("Lakota Sioux"));
        assertEquals(List.of("Great Britain"), NameRuns.split("Great Britain"));
    }

    @Test
    void aShortNameInAListOfOneNamePerLineIsNotCutIntoTwoPeople() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Velt Ford", "Date14 June 1790", "Location",
                "Result Tarnish victory[1][2]", "Belligerents", "Tarnish Republic Marsh Monarchy",
                "Commanders and leaders", "Arno Velt", "Ivo Brandt  ", "Kurt von Hessel", "Lutz Ramm", "Strength",
                "24,000[3] 31,000", "Casualties and losses", "1,100 killed", "3,600 wounded", "900 captured", "",
                "Surprised by the Marsh advance in April 1790, Velt led his army over the hills. After defeating"
                        + " Field Marshal Lutz Karl Ramm von Odenau at the ford, Velt met Hessel. Ramm withdrew."));
        assertEquals(List.of("Kurt von Hessel", "Lutz Ramm"), commanders(a.sides().get(1)));
    }

    @Test
    void twoDatesGluedWhereTheirDashWasLostAreARange() {
        DateParser.Range glued = DateParser.parse("13 June14 June 1982");
        assertEquals("1982-06-13", glued.start());
        assertEquals("1982-06-14", glued.end());
        assertEquals("1982-06-14", DateParser.parse("June 13June 14, 1982").end());
    }

    @Test
    void aFirstNameBeforeANameWithItsTitleBelongsToThatPerson() {
        assertEquals(List.of("Aldo de Varenne, Count of Halda", "Otto Brenner, Count of Marsh"),
                NameSegmenter.split("Aldo de Varenne, Count of Halda Otto Brenner, Count of Marsh"));
    }

    @Test
    void aForceNamedForAStateStaysOneBelligerentAndAStateStartsTheOtherColumn() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Reed Isle", "Date 8 July 1592",
                "Location", "The eastern coast of Reed Isle", "Result Korean victory", "Belligerents",
                "Fleet of Tarno Veshi Joseon navy", "Commanders and leaders", "Arno Vell", "Kiro Tann",
                "Yi Sun-sin", "Yi Eok-gi", "Won Gyun", "Strength", "73 ships 56 ships", "",
                "The Battle of Reed Isle was fought in 1592."));
        assertEquals(List.of("Fleet of Tarno Veshi"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Joseon navy"), names(a.sides().get(1).belligerents()));
        assertEquals(List.of("Yi Sun-sin", "Yi Eok-gi", "Won Gyun"), commanders(a.sides().get(1)));
    }

    @Test
    void aPlaceBeforeAnHonorificAmongLabelledCommandersIsAFlagLabel() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Marsh Bay", "Date 6–11 September 1814",
                "Location", "Result American victory", "Belligerents", " United States", "", " United Kingdom", "",
                "Commanders and leaders", "United States Amos Fenwick", "United States Silas Harte",
                "Upper Tarn Sir Edwin Voss", "Hugh Dorran ", "Strength", "6,000 10,000", "",
                "The Battle of Marsh Bay was fought in 1814."));
        assertEquals(List.of("Amos Fenwick", "Silas Harte"), commanders(a.sides().get(0)));
        assertEquals(List.of("Edwin Voss", "Hugh Dorran"), commanders(a.sides().get(1)));
    }

    @Test
    void aCommaListThatEndsInOthersIsTheNamesBeforeIt() {
        assertEquals(List.of("Arno Velt", "Kiro Tann"), NameSegmenter.commaList("Arno Velt, Kiro Tann, others"));
        assertEquals(List.of("Arno Velt"), NameSegmenter.commaList("Arno Velt, and others"));
    }

    @Test
    void aResultNamingAPeopleByItsAdjectiveGivesTheSideOfItsStatesForces() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Reed Isle", "Date 8 July 1592",
                "Location", "The eastern coast of Reed Isle", "Result Korean victory", "Belligerents",
                "Fleet of Tarno Veshi Joseon navy", "Commanders and leaders", "Arno Vell", "Kiro Tann",
                "Yi Sun-sin", "Won Gyun", "Strength", "73 ships 56 ships", "",
                "The Battle of Reed Isle was fought in 1592."));
        assertEquals(1, a.winner());
    }

    @Test
    void aFlagsCaptionBeforeTheStateItFlagsIsDropped() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Velt Ford", "Date14 June 1790", "Location",
                "Result Tarnish victory", "Belligerents", "", "Flag of the Marsh Monarchy Austria", "",
                "Royal Standard of the King of France Kingdom of France", "Commanders and leaders", "Arno Velt",
                "Kurt von Hessel", "Strength", "24,000 31,000", "", "The Battle of Velt Ford was fought in 1790."));
        assertEquals(List.of("Austria"), names(a.sides().get(0).belligerents()));
        assertEquals(List.of("Kingdom of France"), names(a.sides().get(1).belligerents()));
    }
}
