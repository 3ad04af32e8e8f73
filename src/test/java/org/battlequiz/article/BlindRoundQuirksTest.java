package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Quirks the second blind round of test articles revealed, on invented text: no names of real battles. */
class BlindRoundQuirksTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Sarn Ford", "", "Battle of Sarn Ford", "Part of the Marsh Wars", "",
            "DateSpring of 412–413", "LocationSarn Ford, Elmet", "Result Decisive Oda–Vell victory[1]",
            "Tam Tam withdraws north", "Belligerents", "", "Oda Rusk", "Vell Amar", "", "Tam Tam",
            "Commanders and leaders", "Oda Rusk (奥)", "Vell Amar Tam Tam (塔)", "Kiro Tam", "Units involved",
            "Vessa Armée Imperial Kethic Guard", "Imperial Morv Guard", "Strength", "Oda Rusk: 3,000[2]",
            "Vell Amar: 2,000[a] 9,000 (estimate)[3]", "Casualties and losses", "Unknown Heavy[4]", "",
            "The Battle of Sarn Ford was fought in 412 between the allied lords Oda Rusk and Vell Amar and the"
                    + " northern lord Tam Tam, whose guards were driven back.[1]", "",
            "The Vessa Armée of Oda Rusk held the ford while Tam Tam lost much of his host in the marsh.[2]", "",
            "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void aDoubledNameIsNotAFlagAltAndNotAStutter() {
        assertEquals(List.of("Tam Tam"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals("Tam Tam", a.sides().get(1).commanders().get(0).name());
        assertEquals("Decisive Oda–Vell victory; Tam Tam withdraws north", a.result());
    }

    @Test
    void figuresHeadedByBelligerentNamesAreSummed() {
        assertEquals(5000L, a.sides().get(0).strength().min());
        assertEquals(5000L, a.sides().get(0).strength().max());
    }

    @Test
    void aLonePlaceholderLossIsItsOwnColumn() {
        assertEquals("Unknown", a.sides().get(0).casualties().text());
        assertEquals("Heavy", a.sides().get(1).casualties().text());
    }

    @Test
    void aNameTheBodyUsesAsOnePhraseIsNotCut() {
        assertEquals(List.of("Vessa Armée"), a.sides().get(0).units().stream().map(NamedEntry::name).toList());
    }

    @Test
    void countsOfDivisionsAreNotMen() {
        Strength s = StrengthReader.read(ReadersTest.pieces("Initially:", "6 Ardish and 4 Morv divisions", "Finally:",
                "20 divisions"), 1);
        assertNull(s.min());
        assertNull(s.max());
        assertEquals(12000L, StrengthReader.read(ReadersTest.pieces("12,000 Border Army regulars"), 1).min());
    }

    @Test
    void aTotalAfterItsPartsOnOneLineIsTheStrengthUnlessItCountsShips() {
        Strength men = StrengthReader.read(ReadersTest.pieces("32,000 infantry (12,000 Ardish, 20,000 others) and 5,100"
                + " cavalry (1,800 Morv) Total: 37,100 |"), 1);
        assertEquals(37100L, men.min());
        assertEquals(37100L, men.max());
        assertNull(StrengthReader.read(ReadersTest.pieces("3 carriers; 25 support ships; Total: 28 ships"), 1).min());
    }

    @Test
    void hyphenatedRanksAreDropped() {
        List<CommanderReader.Entry> c = CommanderReader.read(
                ReadersTest.pieces("Vice-Adm. Lord Ferrow †", "Lt.-Gen. Ilse Varn"), 1);
        assertEquals(List.of("Lord Ferrow", "Ilse Varn"), c.stream().map(e -> e.commander().name()).toList());
        assertEquals("KIA", c.get(0).commander().note());
    }

    @Test
    void theUsualAdjectiveOfACountryNamesItsSide() {
        List<Side> sides = List.of(side("United Kingdom"), side("Kethic Empire"));
        assertEquals(0, WinnerReader.winner("Decisive British victory", sides,
                List.of("British ships beat the Kethic fleet.")));
    }

    private static Side side(String belligerent) {
        return new Side(List.of(new NamedEntry(belligerent, null, 1)), List.of(), List.of(),
                new Strength(null, null, null, List.of(), 1), new Casualties(null, null, null, null, List.of(), List.of(), 1));
    }
}
