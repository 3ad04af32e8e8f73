package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Commander, strength, casualty and name readers on invented lines. */
class ReadersTest {
    static List<Piece> pieces(String... lines) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(TextLine.of(i + 1, lines[i]).whole());
        }
        return out;
    }

    @Test
    void commanderStatusMarkersBecomeNotesAndRanksAreDropped() {
        List<CommanderReader.Entry> c = CommanderReader.read(pieces("Lt. Col. Ivo Lanz (WIA)", "(river brigade)[3]",
                "Gen. Oto Marr †", "Pia Nord Surrendered", "Rex Ober (Executed)", "Northern Army:", "Sol Pike (DOW)"), 1);
        assertEquals(List.of("Ivo Lanz", "Oto Marr", "Pia Nord", "Rex Ober", "Sol Pike"),
                c.stream().map(e -> e.commander().name()).toList());
        assertEquals(List.of("WIA", "KIA", "POW", "Executed", "DOW"), c.stream().map(e -> e.commander().note()).toList());
        assertEquals("river brigade", c.get(0).role());
    }

    @Test
    void strengthSumsPersonnelAndLeavesEquipmentOut() {
        Strength s = StrengthReader.read(pieces("12,000 foot", "3,000 horse", "40 guns", "12 ships"), 1);
        assertEquals(15000L, s.min());
        assertEquals(15000L, s.max());
    }

    @Test
    void strengthTakesAStatedTotalAndTheExtremesAcrossEstimates() {
        Strength s = StrengthReader.read(pieces("Old sources:", "300,000 troops", "100,000 porters",
                "Total 400,000 men", "Modern estimates:", "30,000–45,000 troops"), 1);
        assertEquals(30000L, s.min());
        assertEquals(400000L, s.max());
    }

    @Test
    void strengthWithPlusHasNoMaximum() {
        Strength s = StrengthReader.read(pieces("10,000+ men"), 1);
        assertEquals(10000L, s.min());
        assertNull(s.max());
    }

    @Test
    void aBareFigureBulletedUnderMachinesCountsMachines() {
        Strength s = StrengthReader.read(pieces("41,000–52,000", "310 tanks", "700+ aircraft", "  • At the peak: 480",
                "1,200 trucks"), 1);
        assertEquals(41000L, s.min());
        assertEquals(52000L, s.max());
    }

    @Test
    void onlyEquipmentGivesNoStrength() {
        assertNull(StrengthReader.read(pieces("30 warships", "400 tanks"), 1).min());
    }

    @Test
    void casualtiesSumSubGroupsTakeLowerBoundsAndSkipCombinedFigures() {
        Casualties c = CasualtyReader.read(pieces("300–400 militia and 50 regulars killed, 700 wounded",
                "2,000 killed and wounded", "120 prisoners", "15 tanks destroyed"), 1);
        assertEquals(350L, c.killed());
        assertEquals(700L, c.wounded());
        assertEquals(120L, c.captured());
    }

    @Test
    void aTotalLineUnderTheSubGroupsIsTheSidesFigure() {
        Casualties c = CasualtyReader.read(pieces("1st Division:", "1,252 killed, 5,274 wounded", "81st Division:",
                "542 killed, 2,736 wounded", "Total: 1,794 killed, 8,010 wounded"), 1);
        assertEquals(1794L, c.killed());
        assertEquals(8010L, c.wounded());
    }

    @Test
    void contestedFiguresKeepTheirClaimants() {
        Casualties c = CasualtyReader.read(pieces("200 killed (rebel claim)", "900 killed (army claim)"), 1);
        assertEquals(200L, c.killed());
        assertEquals(List.of("rebel claim", "army claim"), c.claims().stream().map(CasualtyClaim::claimant).toList());
        assertEquals(900L, c.claims().get(1).killed());
    }

    @Test
    void unknownAndHeavyLossesHaveNoFigures() {
        assertNull(CasualtyReader.read(pieces("Heavy"), 1).killed());
        assertNull(CasualtyReader.read(pieces("Unknown"), 1).killed());
    }

    @Test
    void flagAltTextAndBulletsAreRemovedFromNames() {
        assertEquals("Tervan Free Republic", NameCleaner.clean("Tervan Tervan Free Republic"));
        assertEquals("Lower Duchy", NameCleaner.clean("  • Lower Duchy:"));
        assertEquals("Kingdom of Ulm", NameCleaner.clean("Kingdom of Ulm"));
    }

    @Test
    void footnotesCitationNeededAndBrokenRefsAreRemoved() {
        String tagged = LineCleaner.tag("430>ref name=\"x\">\"A title\". 2013.</ref>–500+ killed [12] killed,"
                + " 1,000 wounded[12]:p.225 [citation needed]");
        assertEquals("430–500+ killed, 1,000 wounded", LineCleaner.strip(tagged));
        assertEquals(List.of("12", "12"), LineCleaner.refs(tagged));
    }

    @Test
    void rivalBareEstimatesGiveARangeNotASum() {
        Strength s = StrengthReader.read(pieces("c. 4,000 (Ktesias)", "c. 4,600 (Arrenos)"), 1);
        assertEquals(4000L, s.min());
        assertEquals(4600L, s.max());
    }

    @Test
    void aSecondGroupJoinedByAndIsAComponent() {
        Strength s = StrengthReader.read(pieces("Vorland: ~12,000 soldiers and 3,500 marines", "Ossia: 2,000 militia"), 1);
        assertEquals(17500L, s.min());
        assertEquals(17500L, s.max());
        assertEquals(30000L, StrengthReader.read(pieces("between 20,000 and 30,000"), 1).max());
    }

    @Test
    void oarPoweredAndSailingShipsAreEquipment() {
        Strength s = StrengthReader.read(pieces("80 galleys", "4 galleasses", "12 galliots", "9,000 soldiers"), 1);
        assertEquals(9000L, s.min());
    }

    @Test
    void fightersAmongAircraftAreAircraft() {
        assertNull(StrengthReader.read(pieces("30 heavy bombers;", "22 fighters", "6 torpedo boats"), 1).min());
        assertEquals(500L, StrengthReader.read(pieces("500 fighters"), 1).min());
    }

    @Test
    void aListOfLossCategoriesIsACombinedFigure() {
        assertNull(CasualtyReader.read(pieces("c. 9,000 killed, wounded or captured"), 1).killed());
        assertEquals(300L, CasualtyReader.read(pieces("300 killed, 700 wounded"), 1).killed());
        assertNull(CasualtyReader.read(pieces("12,000 killed, drowned, or wounded"), 1).killed());
        assertNull(CasualtyReader.read(pieces("12,000 killed, drowned and wounded"), 1).killed());
        assertEquals(800L, CasualtyReader.read(pieces("800 killed or drowned"), 1).killed());
        assertNull(CasualtyReader.read(pieces("1,200 wounded, missing or captured"), 1).wounded());
        assertEquals(40L, CasualtyReader.read(pieces("40 wounded, 12 missing"), 1).wounded());
        assertNull(CasualtyReader.read(pieces("12,000 killed wounded or drowned"), 1).killed());
        assertEquals(400L, CasualtyReader.read(pieces("400 killed 900 wounded"), 1).killed());
    }
}
