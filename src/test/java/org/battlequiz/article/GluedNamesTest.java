package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Columns a reader glued together, and a lead that dates the battle by a range of days. Invented article. */
class GluedNamesTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Kessel Ford", "", "Part of the Vellan Wars", "",
            "Belligerents", "Kingdom of VellmarkKethic Empire", "Commanders and leaders", "Ada Morn PashaUlric Sand",
            "", "The Battle of Kessel Ford was fought on 20–21 November 1603 between the Kingdom of Vellmark and the"
                    + " Kethic Empire.[1] Ada Morn Pasha held the ford for two days.", "",
            "  1. ^ Invented for this test.");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void aCapitalAfterFourLowerCaseLettersStartsANewName() {
        assertEquals(List.of("Kingdom of Vellmark"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Kethic Empire"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals("Ulric Sand", a.sides().get(1).commanders().get(0).name());
        assertEquals("MacArthur FitzGerald", LineCleaner.tag("MacArthur FitzGerald"));
    }

    @Test
    void aLeadDatedByARangeOfDaysGivesBothDays() {
        assertEquals("1603-11-20", a.dateStart());
        assertEquals("1603-11-21", a.dateEnd());
    }

    @Test
    void aLeadThatSaysFromOneDayUntilAnotherGivesBothDays() {
        ParsedArticle page = new ArticleParser().parse(String.join("\n", "Siege of Orrin", "", "Siege of Orrin",
                "Part of the Vellan Wars", "Belligerents", "Tessaly", "", "Kethic Empire", "Commanders and leaders",
                "Ada Morn", "", "Ulric Sand", "Strength", "3,000", "", "4,000", "",
                "The Siege of Orrin lasted from 8 August until 16 October 1603, in the last year of the Vellan Wars.", "",
                "  1. ^ Invented for this test."));
        assertEquals("1603-08-08", page.dateStart());
        assertEquals("1603-10-16", page.dateEnd());
    }

    @Test
    void aLowerCaseSubtitleIsNotTheTitleAndAFlagLabelIsNotACommander() {
        ParsedArticle page = new ArticleParser().parse(String.join("\n",
                "Battle of Orrin Marsh", "", "battle of the Vellan Wars", "",
                "The Battle of Orrin Marsh happened between Tessaly and the Kethic Empire on May 2, 1603.", "",
                "Part of the Vellan Wars", "DateMay 2, 1603", "LocationOrrin Marsh", "Result Tessalian victory",
                "Belligerents", "Tessaly", "", "Kethic Empire", "Commanders and leaders", "Ada Morn", "Kingdom of Prussia",
                "", "Ulric Sand", "Strength", "3,000", "", "4,000", "",
                "The Battle of Orrin Marsh was the last battle of the Vellan Wars.[1]", "",
                "  1. ^ Invented for this test."));
        assertEquals("Battle of Orrin Marsh", page.title());
        assertEquals(List.of("Ada Morn"), page.sides().get(0).commanders().stream().map(Commander::name).toList());
    }

    @Test
    void theFirstUnflaggedCommanderAfterFlaggedOnesStartsTheOtherColumn() {
        ParsedArticle page = new ArticleParser().parse(String.join("\n",
                "Battle of Kessel Ford", "", "Part of the Vellan Wars", "DateMay 2, 1603", "LocationKessel Ford",
                "Result Tessalian victory", "Belligerents", "", " Tessaly", " Vellmark", " Kethic Empire",
                "Commanders and leaders", "", "Tessaly Ada Morn", "", "Tessaly Tobias Wren Calder", "Ulric Sand",
                "Osric Hale", "Jonas Pike", "Strength", "3,000", "4,000", "",
                "The Battle of Kessel Ford was fought between Tessaly and the Kethic Empire."));
        assertEquals(List.of("Ada Morn", "Tobias Wren Calder"),
                page.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals("Ulric Sand", page.sides().get(1).commanders().get(0).name());
    }
}
