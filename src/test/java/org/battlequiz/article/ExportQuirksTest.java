package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An invented article with the export's quirks: values on the next line, headings, blank groups, NBSP, notes. */
class ExportQuirksTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Verrin Ford", "", "Battle of Verrin Ford", "Part of the Tessaline War", "",
            "A woodcut of the ford", "Date", "14–16 March 1702[a]", "(2\u00a0days)", "Location",
            "Verrin Ford, Tessaly 45°N 12°E", "ResultTessaline victory[2]", "  • Treaty of Orm", "Belligerents", "",
            "Tessaly Kingdom of Tessaly", "", "Duchy of Marn", "Commanders and leaders", "", "Royal Army:",
            "Otto Vance\u00a0[citation needed]", "Irma Salt (DOW)", "", "Ducal Guard:", "Hugo Brandt (POW)",
            "Units involved", "Royal Army Ducal Guard", "Strength", "8,000[3] Unknown", "Casualties and losses",
            "400 killed", "900 wounded[4] Heavy", "aSome say the battle began on 13 March.", "",
            "The Battle of Verrin Ford was fought over three days in March 1702 between the Kingdom of Tessaly and the"
                    + " Duchy of Marn, whose Ducal Guard under Hugo Brandt tried to hold the ford against the Royal"
                    + " Army of Otto Vance.[1]", "", "  1. ^ Invented for this test.", "",
            "From Wikipedia, the free encyclopedia · View on Wikipedia");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void valuesOnTheLineAfterTheirLabelAreRead() {
        assertEquals("1702-03-14", a.dateStart());
        assertEquals("1702-03-16", a.dateEnd());
        assertEquals("Verrin Ford, Tessaly", a.location());
        assertEquals("Tessaline victory; Treaty of Orm", a.result());
        assertEquals("Tessaline War", a.partOf());
        assertEquals(8, a.sourceOf("date").lineNumber());
    }

    @Test
    void flagAltTextIsDroppedAndTheWinnerFollowsTheResult() {
        assertEquals(List.of("Kingdom of Tessaly"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(0, a.winner());
    }

    @Test
    void headingsAreNotCommandersAndStatusBecomesTheNote() {
        assertEquals(List.of("Otto Vance", "Irma Salt"), a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals("DOW", a.sides().get(0).commanders().get(1).note());
        assertEquals(List.of("Hugo Brandt"), a.sides().get(1).commanders().stream().map(Commander::name).toList());
        assertEquals("POW", a.sides().get(1).commanders().get(0).note());
    }

    @Test
    void unknownAndHeavyGiveNoFiguresAndTheNoteLineIsNotALoss() {
        assertEquals(8000L, a.sides().get(0).strength().min());
        assertNull(a.sides().get(1).strength().min());
        assertEquals(400L, a.sides().get(0).casualties().killed());
        assertNull(a.sides().get(1).casualties().killed());
        assertEquals("Heavy", a.sides().get(1).casualties().text());
    }

    @Test
    void everyFactKeepsItsLineAndReferences() {
        Strength s = a.sides().get(0).strength();
        assertEquals(30, s.sources().get(0).lineNumber());
        assertEquals(List.of("3"), s.sources().get(0).refs());
        assertTrue(a.sides().get(0).belligerents().get(0).source().text().contains("Kingdom of Tessaly"));
    }
}
