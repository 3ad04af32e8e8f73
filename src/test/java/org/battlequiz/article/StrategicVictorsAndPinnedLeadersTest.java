package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Victors named after an undecided result, commanders whose column the flags before them pin down, and an infobox
 * that lost its belligerents' and commanders' names.
 */
class StrategicVictorsAndPinnedLeadersTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void sureCommandersUnderAsManyFlagsAsThereAreBelligerentsPlaceTheSeamOfTheBelligerents() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk Ford", "", "Battle of Osk Ford",
                "Part of the War of the Salt Roads", "Date 3 May 1702", "Location Osk Ford", "Result French victory",
                "Belligerents", "\u00a0Republic of Genoa", "\u00a0Duchy of Milan", "\u00a0France",
                "Commanders and leaders", "Republic of Genoa Edric Hale (POW)", "Habsburg Monarchy Piet Varn",
                "Kingdom of France Jon Osk", "Strength", "30,000 25,000", "Casualties and losses", "4,000 900", "",
                "The two armies met at Osk Ford on 3 May 1702, and it ended in a French victory under Jon Osk against"
                        + " the Genoese forces under Piet Varn."));
        assertEquals(List.of("Republic of Genoa", "Duchy of Milan"), names(a, 0));
        assertEquals(List.of("France"), names(a, 1));
        assertTrue(a.sides().get(0).belligerents().stream().allMatch(b -> b.confidence() >= 0.8));
    }

    @Test
    void aStrategicVictoryAfterAnUndecidedResultStillNamesTheSideThatStandsTogether() {
        assertEquals("Strategic Franco-Ranish", VictorPhrase.of("Indecisive; Strategic Franco-Ranish victory"));
        assertEquals("", VictorPhrase.of("Inconclusive; both sides claimed victory"));
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Varn Ford", "", "Battle of Varn Ford",
                "Part of the Salt War", "Date 3–5 May 1811", "Location Varn Ford", "Result Indecisive",
                "Strategic Anglo-Portuguese victory", "Belligerents", "United Kingdom United Kingdom",
                "Portugal Portugal", "Tolm Tolm Empire", "Commanders and leaders",
                "United Kingdom Edric Hale Tolm Piet Varn", "Strength", "36,000 42,000", "Casualties and losses",
                "1,800 2,844"));
        assertEquals(List.of("United Kingdom", "Portugal"), names(a, 0));
        assertEquals(List.of("Tolm Empire"), names(a, 1));
    }

    @Test
    void commandersUpToTheLastFlagOfTheFirstSideAndFromTheFirstOfTheSecondAreSure() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk Hill", "", "Battle of Osk Hill",
                "Date26 August 1346",
                "Arms of Ranland.svg Kingdom of Ranland Arms of the Kings of Tolm.svg Kingdom of Tolm",
                "Commanders and leaders", "Arms of Ranland.svg King Edric III", "Arms of the House of Hale.svg Earl of Osk",
                "Arms of the Kings of Tolm.svg King Piet VI", "Arms of Varn.svg Count of Varn",
                "7,000 20,000", "Casualties and losses", "100 killed 1,500 killed", "",
                "The Battle of Osk Hill was fought in 1346 between Ranland and Tolm."));
        List<Commander> first = a.sides().get(0).commanders();
        List<Commander> second = a.sides().get(1).commanders();
        assertEquals(List.of("King Edric III", "Earl of Osk"), first.stream().map(Commander::name).toList());
        assertEquals(List.of("King Piet VI", "Count of Varn"), second.stream().map(Commander::name).toList());
        assertTrue(first.get(0).confidence() >= FlagCorroboration.PINNED, "under the first side's flag");
        assertTrue(first.get(1).confidence() < FlagCorroboration.PINNED, "between the two flags");
        assertTrue(second.stream().allMatch(c -> c.confidence() >= FlagCorroboration.PINNED), "from the second's flag");
    }

    @Test
    void flagsOfBothSidesInOneBlankLineGroupPinNothing() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn", "", "Battle of Tarn",
                "Date16–19 October 1813", "Result Decisive coalition victory", "Belligerents", "", "France French Empire",
                "", "Russia Russia", "Sweden Sweden", "Commanders and leaders", "France Piet Hale", "Ewan Osk",
                "Sweden Karl Tarn", "", "Russia Edric Reed", "Russia Abel Varn", "Strength", "195,000 430,000",
                "Casualties and losses", "38,000 54,000"));
        assertTrue(a.sides().stream().flatMap(s -> s.commanders().stream())
                .allMatch(c -> c.confidence() < FlagCorroboration.PINNED));
    }

    @Test
    void anInfoboxThatLostTheNamesOfBothSidesIsReadNotRefused() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Varn Ford", "", "Last updated",
                "Battle of Varn Ford", "Part of the Salt War of 1521–26", "Date27 April 1522",
                "Varn Ford, Duchy of Tarn", "Result Ranish victory", "Commanders and leaders",
                "19,000–31,000+ [1] 18,000+ [2]", "Casualties and losses", "3,000+ killed 1–200 killed [3]", "",
                "The Battle of Varn Ford was fought on 27 April 1522 between Tolm and Ranland."));
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("lost the belligerents")), a.warnings()::toString);
        assertEquals(19000L, a.sides().get(0).strength().min());
        assertEquals(18000L, a.sides().get(1).strength().min());
        assertTrue(a.sides().stream().allMatch(s -> s.commanders().isEmpty() && s.belligerents().isEmpty()));
        assertEquals(3000L, a.sides().get(0).casualties().killed());
    }

    @Test
    void oneBelligerentInEachColumnLeavesNoOtherBoundaryToGuess() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk", "", "Last updated", "Battle of Osk",
                "Part of the Salt Wars", "Date10 May 1796", "Result Ranish victory", "Ranland", "Tolm Empire",
                "Commanders and leaders", "Edric Hale Piet Varn", "Strength", "17,500 9,500", "Casualties and losses",
                "350 killed 153 killed", "", "The Battle of Osk was fought on 10 May 1796 between Ranland and Tolm."));
        assertTrue(a.warnings().stream().anyMatch(w -> w.contains("'Belligerents' label")), a.warnings()::toString);
        assertEquals(List.of("Ranland"), names(a, 0));
        assertEquals(List.of("Tolm Empire"), names(a, 1));
        assertTrue(a.sides().stream().allMatch(s -> s.belligerents().get(0).confidence() >= 0.8));
    }

    @Test
    void aCommanderTheBodyPutsAtTheHeadOfHisOwnSidesForceIsSure() {
        String text = String.join("\n", "Battle of Osk", "", "Last updated", "Battle of Osk",
                "Part of the Salt Wars", "Date10 May 1796", "Result French victory", "France", "",
                "Kingdom of Tolm", "", "Commanders and leaders", "Edric Hale Karl Reed", "Piet Varn", "Strength",
                "17,500 9,500", "Casualties and losses", "350 killed 153 killed", "",
                "At dawn French forces under Edric Hale reached the ford, where a Tolmish rear guard led by Karl"
                        + " Reed held the bridge.");
        ParsedArticle a = parser.parse(text);
        assertEquals(List.of("Edric Hale"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Karl Reed", "Piet Varn"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertTrue(a.sides().get(0).commanders().get(0).confidence() >= LeaderSentences.AGREED);
        assertTrue(a.sides().get(1).commanders().get(0).confidence() >= LeaderSentences.AGREED);
        assertTrue(a.sides().get(1).commanders().get(1).confidence() < LeaderSentences.AGREED, "not in the body");
        ParsedArticle crossed = parser.parse(text.replace("Tolmish rear guard led by Karl Reed",
                "Tolmish rear guard led by Edric Hale"));
        assertTrue(crossed.sides().get(0).commanders().get(0).confidence() < LeaderSentences.AGREED,
                "the body puts him with both sides");
        ParsedArticle against = parser.parse(text.replace("French forces under Edric Hale", "French forces under Karl Reed")
                .replace("Tolmish rear guard led by Karl Reed", "Tolmish Army of Osk led by Edric Hale"));
        assertTrue(against.sides().get(1).commanders().get(0).confidence() <= LeaderSentences.CONTRADICTED,
                "the body puts him with the other side only");
    }

    @Test
    void aBelligerentTheBodySetsAgainstTheOtherColumnsSureEndIsSureOfItsOwn() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk", "", "Last updated", "Battle of Osk",
                "Part of the Salt Wars", "Date10 May 1796", "Result Ranish victory", "Ranish Empire", "Varnland",
                "Tolm League", "Osk Confederacy", "Commanders and leaders", "Edric Hale Piet Varn", "Strength",
                "17,500 9,500", "Casualties and losses", "350 killed 153 killed", "",
                "The Battle of Osk was fought between the Ranish Empire and the Tolm League near the river."));
        List<NamedEntry> second = a.sides().get(1).belligerents();
        NamedEntry tolm = second.stream().filter(e -> e.name().equals("Tolm League")).findFirst().orElseThrow();
        NamedEntry osk = second.stream().filter(e -> e.name().equals("Osk Confederacy")).findFirst().orElseThrow();
        assertTrue(tolm.confidence() >= OpposedInBody.OPPOSED, second::toString);
        assertTrue(osk.confidence() < OpposedInBody.OPPOSED, "the title's Osk is set against no one");
    }

    @Test
    void belligerentsTheOneFigureOfTheirOwnColumnNamesAreSure() {
        String text = String.join("\n", "Tolm Wiki", "Battle of Osk", "Part of the Second Salt War",
                "DateJuly 27, 1880", "LocationOsk, Tolm", "Result Tolmish victory", "", "Ranland Ranish Empire", "",
                "  •  Ranish Raj", "Tolm Tolm", "Commanders and leaders", "Ranland Edric Hale Piet Varn",
                "2,476 Ranish troops 25,000 Tolmish warriors", "Casualties and losses", "969 killed", "177 wounded",
                "2,500 killed and wounded");
        ParsedArticle a = parser.parse(text);
        assertTrue(a.sides().get(0).belligerents().get(0).confidence() >= NamedByFigures.NAMED, a.sides()::toString);
        assertTrue(a.sides().get(1).belligerents().get(0).confidence() >= NamedByFigures.NAMED, a.sides()::toString);
    }

    private static List<String> names(ParsedArticle a, int side) {
        return a.sides().get(side).belligerents().stream().map(NamedEntry::name).toList();
    }
}
