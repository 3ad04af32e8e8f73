package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Role labels before names, remarks in brackets, ʿayn names and early full dates, on invented battles. */
class RolesRemarksAndDatesTest {
    private final ArticleParser parser = new ArticleParser();

    private static List<String> commanders(Side side) {
        return side.commanders().stream().map(Commander::name).toList();
    }

    @Test
    void aRoleLabelBeforeTheNameIsDroppedAndARemarkInBracketsDoesNotSplitTheName() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Harl Sound", "", "Date20 October 1827",
                "LocationHarl Sound", "Result Decisive Allied victory", "Belligerents", " United Kingdom",
                " Ottoman Empire", "Commanders and leaders",
                "United Kingdom Commander-in-Chief: Vice-Adm Edward Codrington (Royal Navy)",
                "France Rear-Adm Henri de Rigny (Marine Royale de France)",
                "Ottoman Empire C-in-C, Ottoman forces: Ibrahim Pasha",
                "Ottoman Empire Amir Tahir (imperial squadron)", "Strength", "10 ships of the line",
                "3 ships of the line", "Casualties and losses", "181 killed", "3,000 killed"));
        assertEquals(List.of("Edward Codrington", "Henri de Rigny"), commanders(a.sides().get(0)));
        assertEquals(List.of("Ibrahim Pasha", "Amir Tahir"), commanders(a.sides().get(1)));
    }

    @Test
    void anOfficeBeforeTheNameIsNoPartOfIt() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Harl Bay", "", "Date20 June 1869",
                "LocationHarl Bay", "Result Decisive Tarn victory", "Belligerents", "Tarn\tOrland", "Commanders and leaders",
                "Ruler: Aldo Varre", "", "President: Enno Takai", "Strength", "7,000 3,000", "Casualties and losses",
                "300 killed 1,000 killed"));
        assertEquals(List.of("Aldo Varre"), commanders(a.sides().get(0)));
        assertEquals(List.of("Enno Takai"), commanders(a.sides().get(1)));
    }

    @Test
    void aNameOpeningWithAnAynMarkStartsTheSecondColumnAndAFullEarlyDateHasFourDigits() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Varro Field", "", "Date October 10, 732",
                "Location Near Varro, Gaul", "Result Decisive Frankish victory", "Combatants",
                "Carolingian Franks Umayyad Caliphate", "Commanders", "Pippin Varro ‘Abd al-Malik Al Qasri",
                "Strength", "Unknown", "Casualties", "Unknown", "",
                "The Battle of Varro Field was fought in 732 between Pippin Varro and ‘Abd al-Malik Al Qasri."));
        assertEquals(List.of("Pippin Varro"), commanders(a.sides().get(0)));
        assertEquals(List.of("‘Abd al-Malik Al Qasri"), commanders(a.sides().get(1)));
        assertEquals("0732-10-10", a.dateStart());
    }

    @Test
    void flagCaptionsWithAYearARemarkOrATitledOwnerAreDroppedFromTheBelligerents() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Kell Moor", "", "Date13 September 1759",
                "LocationKell Moor", "Result Decisive British victory", "Belligerents",
                "Union flag 1606 (Kings Colors) Kingdom of Great Britain Royal Standard of the King of France"
                        + " Kingdom of France",
                "Commanders and leaders", "James Wolfe Louis-Joseph de Montcalm", "Strength",
                "4,800 regulars 2,000 regulars", "Casualties and losses", "58 killed 116 killed"));
        assertEquals(List.of("Kingdom of Great Britain"),
                a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Kingdom of France"),
                a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(0, a.winner());
    }

    @Test
    void aMiddleInitialOrARepeatedGivenNameEndsOnePersonAndAGluedStatusOrARemarkLeavesTheName() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Pine Creek", "", "Date6–7 April 1862",
                "LocationPine Creek", "ResultUnion victory", "Belligerents", "United States Confederate States",
                "Commanders and leaders", "Amos T. Varn Don Piet Hale", "", "Karl XIIWIA",
                "Bertil Osk, Tomas Reed Not actually present at the battle.", "Strength", "66,000 44,000",
                "Casualties and losses", "1,700 killed 1,700 killed"));
        assertEquals(List.of("Amos T. Varn", "Don Piet Hale"), commanders(a.sides().get(0)));
        assertEquals(List.of("Karl XII", "Bertil Osk", "Tomas Reed"), commanders(a.sides().get(1)));
        assertEquals("WIA", a.sides().get(1).commanders().get(0).note());
        assertEquals(List.of("Luigi Varn", "Luigi Hale"), NameSegmenter.split("Luigi Varn Luigi Hale"));
    }

    @Test
    void aCommaLeftWhereALinkWasLostAfterAnArticleIsDropped() {
        assertEquals("the East Tessan campaign of the Eastern Front",
                LineCleaner.strip("the East Tessan campaign of the , Eastern Front"));
        assertEquals("Tessa, Orrin and Varn", LineCleaner.strip("Tessa , Orrin and Varn"));
    }

    @Test
    void aKingNamedWithHisRealmAfterACommaIsOnePersonInARun() {
        assertEquals(List.of("Philip II, King of Tessa", "Robert II, Count of Orrin", "Piet of Osk", "Eudes III of Varn"),
                NameSegmenter.split("Philip II, King of Tessa Robert II, Count of Orrin Piet of Osk Eudes III of Varn"));
    }
}
