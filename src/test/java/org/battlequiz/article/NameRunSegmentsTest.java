package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs of commanders printed on one line, cut into people (invented names). */
class NameRunSegmentsTest {
    @Test
    void arabicNamesKeepTheirLinksAndArticles() {
        assertEquals(List.of("Hamid ibn al-Rashad", "Umar ibn Zayd", "Layla bint al-Hasan", "Sa'd ibn 'Ubayd al-Kindi",
                        "Harith ibn Abi Talha"),
                NameSegmenter.split("Hamid ibn al-Rashad Umar ibn Zayd Layla bint al-Hasan Sa'd ibn 'Ubayd al-Kindi "
                        + "Harith ibn Abi Talha"));
    }

    @Test
    void romanizedJapaneseNamesRunTogetherAreTwoWordsEach() {
        assertEquals(List.of("Kenji Tamura", "Sotaro Hoshida"), NameSegmenter.split("Kenji Tamura Sotaro Hoshida"));
    }

    @Test
    void aTitledNameAndASecondNameAreTwoPeople() {
        assertEquals(List.of("Lord Ashby", "Étienne Morlaix"), NameSegmenter.split("Lord Ashby Étienne Morlaix"));
        assertEquals(List.of("Grand Duke Pavel Andreyevich"), NameSegmenter.split("Grand Duke Pavel Andreyevich"));
        assertEquals(List.of("Pope Osric III"), NameSegmenter.split("Pope Osric III"), "a pope's title heads his name");
        assertEquals(List.of("Hadran Piet I, Elector of Tessa"), NameSegmenter.split("Hadran Piet I, Elector of Tessa"),
                "a ruler's numeral before a comma title");
        assertEquals(List.of("Aldo Brenn, 18th Baron of Orle"), NameSegmenter.split("Aldo Brenn, 18th Baron of Orle"));
        assertEquals(List.of("General Amos T. Larkin"), NameSegmenter.split("General Amos T. Larkin"));
    }

    @Test
    void namesThatEachEndInARulersNumeralAreOnePersonEach() {
        assertEquals(List.of("Edric I", "Osric II"), NameSegmenter.split("Edric I Osric II"));
        assertEquals(List.of("Pope Aldo III", "Varn XII", "Tomas I"), NameSegmenter.split("Pope Aldo III Varn XII Tomas I"));
        assertEquals(List.of("Edric II"), NameSegmenter.split("Edric II"));
        assertEquals(List.of("Edric II Augustus"), NameSegmenter.split("Edric II Augustus"));
    }

    @Test
    void aHeadingRunInAmongTheNamesSeparatesThem() {
        assertEquals(List.of("Tarn Osk", "Tarn Ulf", "Tarn Aki"), NameSegmenter.split("defected: Tarn Osk Tarn Ulf Tarn Aki"));
        assertEquals(List.of("Hadran Oskel", "Tarn Osk", "Tarn Ulf"),
                NameSegmenter.split("Hadran Oskel defected: Tarn Osk Tarn Ulf"));
    }

    @Test
    void aRulersNumeralNeverBeginsAName() {
        assertEquals(List.of("Osric III Haldorsson", "Tarvin II of Ostmark", "Aled I of Varn"),
                NameSegmenter.split("Osric III Haldorsson Tarvin II of Ostmark Aled I of Varn"));
    }

    @Test
    void statesInsideABracketStayWithTheGroupTheyDescribe() {
        String group = "Northern clans (Varni, Chatti, Suebi and Marsi)";
        assertEquals(List.of(group), NameRuns.split(group));
        assertEquals("Northern clans (Varni, Chatti, Suebi and Marsi)", NameCleaner.clean(group + "."));
        assertEquals("U.S.", NameCleaner.clean("U.S."));
        assertEquals("Harith ibn Abi Talha", NameCleaner.clean("Harith ibn Abi Talha."));
        assertEquals("Amos Larkin Jr.", NameCleaner.clean("Amos Larkin Jr."));
    }

    @Test
    void theOthersDescribedAfterANameAreNoCommander() {
        assertEquals("Osric Varn", NameCleaner.withoutTrailingDescription("Osric Varn Kellish officers"));
        assertTrue(NameCleaner.isPlaceholder("Kellish officers"));
        assertEquals("Osric Varn", NameCleaner.withoutTrailingDescription("Osric Varn"));
    }

    @Test
    void aRankNeverEndsAPerson() {
        assertEquals(List.of("Grand Master Osric von Hallen"), NameSegmenter.split("Grand Master Osric von Hallen"));
    }

    @Test
    void twoFullNamesJoinedByAndAreTwoPeople() {
        assertEquals(List.of("Aldo de Varn", "Tomas Kell"), NameSegmenter.split("Aldo de Varn and Tomas Kell"));
        assertEquals(List.of("Duke of Harrow and Lisle"), NameSegmenter.split("Duke of Harrow and Lisle"));
    }

    @Test
    void aGivenNameWithItsTitleAfterANameOfTwoWordsIsASecondPerson() {
        assertEquals(List.of("Osric II Varga", "Philip, Count of Lorn (POW)"),
                NameSegmenter.split("Osric II Varga Philip, Count of Lorn (POW)"));
    }

    @Test
    void aSmallWordOrAnOrdinalJoinsAStateToTheWordsAroundIt() {
        assertEquals(List.of("Tatars from Golden Horde"), NameRuns.atStates("Tatars from Golden Horde"));
        assertEquals(List.of("First French Republic", "Holy Roman Empire"),
                NameRuns.atStates("First French Republic Holy Roman Empire"));
        assertEquals(List.of("Upper Burma Trading Co."), NameRuns.atStates("Upper Burma Trading Co."));
    }

    @Test
    void aDynastyBeforeTheStateItRuledIsOneNameAndTwoStatesAreTwo() {
        assertEquals(List.of("Qing China"), NameRuns.atStates("Qing China"));
        assertEquals(List.of("France", "Prussia"), NameRuns.atStates("France Prussia"));
    }

    @Test
    void aListWhoseCommasLostTheirSpacesIsSeveralBelligerents() {
        assertEquals(List.of("Varnish Rus", "Tolmaks", "Osk Bulgars"), NameRuns.split("Varnish Rus,Tolmaks,and Osk Bulgars"));
    }

    @Test
    void etAlWithOrWithoutACommaEndsAListWithoutAName() {
        assertEquals(List.of("Osk Varn-Serdar"), NameSegmenter.commaList("Osk Varn-Serdar et al."));
        assertEquals(List.of("Osk Varn", "Piet Hale"), NameSegmenter.commaList("Osk Varn, Piet Hale, et al."));
    }

    @Test
    void aStatesShortNameBeforeItsLongNameIsTheCaptionOfItsFlag() {
        assertEquals(List.of("Kingdom of Spain"), NameRuns.split("Spain Kingdom of Spain"));
        assertEquals(List.of("Spain", "Kingdom of Portugal"), NameRuns.split("Spain Kingdom of Portugal"));
    }

    @Test
    void givenNamesWithTitlesAfterACommaAreSeveralPeople() {
        assertEquals(List.of("Osric Aldwin", "Wulfric, Earl of Deira", "Eadric, Earl of Lindsey"),
                NameSegmenter.split("Osric Aldwin Wulfric, Earl of Deira Eadric, Earl of Lindsey"));
        assertEquals(List.of("Thomas Grey, Earl of Harwick"), NameSegmenter.split("Thomas Grey, Earl of Harwick"));
        assertEquals(List.of("Osric Aldwin", "Wulfric, Earl of Deira Eadric, Earl of Lindsey"),
                KeyValueInfobox.commanderItems("Osric Aldwin, Wulfric, Earl of Deira Eadric, Earl of Lindsey"));
    }

    @Test
    void realmsTitledOfAPlaceSplitARunAndAGluedStatusIsRead() {
        assertEquals(List.of("Kingdom of Varland", "Earldom of Skarn", "Northern rebels"),
                NameRuns.split("Kingdom of Varland Earldom of Skarn Northern rebels"));
        assertEquals("Part of the Varlish-Skarn Wars near Holm",
                LineCleaner.strip(LineCleaner.tag("Part of theVarlish-Skarn Wars nearHolm")));
        assertEquals("Eirik Haldor (KIA) Torvald Ness (KIA)", LineCleaner.strip(LineCleaner.tag("Eirik HaldorKIA Torvald NessKIA")));
    }

    @Test
    void aGivenNameAfterASurnameOrANumeralStartsTheNextPerson() {
        assertEquals(List.of("Louis Varenne", "Michel Orlac", "Jean Brissot"),
                NameSegmenter.split("Louis Varenne Michel Orlac Jean Brissot"));
        assertEquals(List.of("Otto II", "Gaspard Aubry Saint-Loup", "Édouard Adolphe Casimir Joseph Tournon"),
                NameSegmenter.split("Otto II Gaspard Aubry Saint-Loup Édouard Adolphe Casimir Joseph Tournon"));
        assertEquals(List.of("Viscount Harwell", "Luís do Amaral"), NameSegmenter.split("Viscount Harwell Luís do Amaral"));
        assertEquals(List.of("John Corder", "Major Pell"), NameSegmenter.split("John Corder Major Pell"));
    }

    @Test
    void givenNamesInsideOneNameAndRanksBeforeItSplitNothing() {
        assertEquals(List.of("Jean Victor Marie Delorme"), NameSegmenter.split("Jean Victor Marie Delorme"));
        assertEquals(List.of("Frederick William III"), NameSegmenter.split("Frederick William III"));
        assertEquals(List.of("Bvt. Lt. Col. Henry Marlow"), NameSegmenter.split("Bvt. Lt. Col. Henry Marlow"));
        assertEquals(List.of("Antonio Ruiz de Santa Anna"), NameSegmenter.split("Antonio Ruiz de Santa Anna"));
    }

    @Test
    void aGuideToSayingTheNameIsDroppedWithItsBrackets() {
        assertEquals("The Battle of Harl or Harle, fought in 1702, ended the war.", LineCleaner.strip(LineCleaner.tag(
                "The Battle of Harl (pronounced [harl]) or Harle, fought in 1702, ended the war.")));
        assertEquals("The Battle of Sorn was fought in 880.", LineCleaner.strip(LineCleaner.tag(
                "The Battle of Sorn (Varnish pronunciation: [sɔrn]; see Sorn) was fought in 880.")));
        assertEquals("The ford (now a bridge) was held.", LineCleaner.strip(LineCleaner.tag(
                "The ford (now a bridge) was held.")));
    }

    @Test
    void everyRepeatOfTheFirstWordAndATitleAfterACommaAreRead() {
        assertEquals(List.of("Von Harlau", "Von Tessel", "Von Marn †"), NameSegmenter.split("Von Harlau Von Tessel Von Marn †"));
        assertEquals(List.of("Hans von Arle", "Piet Maas", "Osric II, Duke of Tarn"),
                NameSegmenter.commaList("Hans von Arle, Piet Maas, Osric II, Duke of Tarn"));
    }

    @Test
    void theFlagLabelsOfStatesBeforeAGivenNameAreDropped() {
        assertEquals("Pedro Varela", CommanderReader.entry("Spain Holy Roman Empire Pedro Varela", null, 1).commander().name());
        assertEquals("Spain Varela", CommanderReader.entry("Spain Varela", null, 1).commander().name());
    }

    @Test
    void aTitleOfAPlaceThatBeginsAgainIsTheNextPerson() {
        assertEquals(List.of("Duke of Tarn-Osk", "Prince of Varnland"), NameSegmenter.split("Duke of Tarn-Osk Prince of Varnland"));
        assertEquals(List.of("Prince Edric of Tarn", "Duke of Osk"), NameSegmenter.split("Prince Edric of Tarn Duke of Osk"));
        assertEquals(List.of("King Edric of Tarn"), NameSegmenter.split("King Edric of Tarn"));
    }

    @Test
    void aGivenNameJoinedToASurnameBeforeAnotherGivenNameEndsAPerson() {
        assertEquals(List.of("Piet Varn", "Claude Victor-Tarn", "Louis Gabriel Hale", "Pierre Reed"),
                NameSegmenter.split("Piet Varn Claude Victor-Tarn Louis Gabriel Hale Pierre Reed"));
        assertEquals(List.of("Sir Edric Hale", "Jean-Pierre Varn"), NameSegmenter.split("Sir Edric Hale Jean-Pierre Varn"));
    }

    @Test
    void aRulersGivenNameAndNumeralStandBetweenTheNamesAroundThem() {
        assertEquals(List.of("Morlaix", "Philip IV", "Duke of Osk", "Louis Varn"),
                NameSegmenter.split("Morlaix Philip IV Duke of Osk Louis Varn"));
        assertEquals(List.of("Charles Emmanuel III Duke of Osk"),
                NameSegmenter.split("Charles Emmanuel III Duke of Osk"), "two given names before the numeral");
        assertEquals(List.of("King Philip IV Duke of Osk"), NameSegmenter.split("King Philip IV Duke of Osk"),
                "a title before the ruler");
    }

    @Test
    void aTitleOfAPlaceAfterAnotherTitledPersonAndACommaIsASecondPerson() {
        assertEquals(List.of("Comte de Varn", "Duke of Osk"), NameSegmenter.split("Comte de Varn, Duke of Osk"));
        assertEquals(List.of("Piet de Varn, Count of Osk"), NameSegmenter.split("Piet de Varn, Count of Osk"),
                "a person and their title");
    }

    @Test
    void aNicknameInQuotesIsNotPartOfTheName() {
        assertEquals("Pedro Varela", CommanderReader.entry("Pedro Varela \"Abu Tarn\"", null, 1).commander().name());
        assertEquals("Pedro Varela", CommanderReader.entry("Pedro \u201cthe Bold\u201d Varela", null, 1).commander().name());
        assertEquals("\"Tarn\"", CommanderReader.entry("\"Tarn\"", null, 1).commander().name(), "a nickname alone stays");
    }
}
