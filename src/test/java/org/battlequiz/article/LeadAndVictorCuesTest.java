package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Facts a page without Date or Result rows still gives in its lead (invented battles). */
class LeadAndVictorCuesTest {
    @Test
    void aYearGivenWithItsEraOrAfterAMonthDatesTheBattle() {
        assertEquals("7", dates("The Battle of Harrow Moor was a battle that took place in the year 7 AD."));
        assertEquals("712-03", dates("The fighting lasted for four days in March 712, near the river Oss."));
        assertEquals(null, dates("About 40 ships and 12 legions took part."));
        assertEquals("1745-09-21", dates("The battle took place at 4 am on 21 September 1745."));
    }

    @Test
    void theSubjectOfDefeatedIsTheVictorWhateverTheLoserIsCalled() {
        String clause = LeadFacts.victoryClause(List.of(
                "The rebel army led by Tomas Ferren defeated the royal army of Uldar near the ford."));
        assertTrue(clause != null && clause.endsWith("Tomas Ferren victory"), clause);
    }

    @Test
    void thePeopleTheResultNamesAreTheSideOfTheLeaderTheyWereLedBy() {
        List<Side> sides = List.of(side("New Arvelia", "Tomas Ferren"), side("Ossic Kingdom", "Uldar"));
        assertEquals(0, WinnerReader.winner("Decisive Castan victory", sides, List.of(
                "The Battle of Kell was the seizure of the Ossic king Uldar by a small Castan force led by Tomas Ferren.")));
    }

    @Test
    void twoDaysJoinedByAndAreTheFirstAndLastDay() {
        assertEquals("-48-09-04", DateParser.parse("September 4 and 19, 48 BC").start());
        assertEquals("-48-09-19", DateParser.parse("September 4 and 19, 48 BC").end());
    }

    @Test
    void theVictorIsReadFromTheClauseThatNamesAVictory() {
        List<Side> sides = List.of(side("Harl forces", "Osric Aldwin"), side("Combined forces of Oss and Tarn", "Uldar"));
        assertEquals(1, WinnerReader.winner("Siege fails; Oss-Tarn victory", sides, List.of()));
        assertEquals(null, WinnerReader.winner("Inconclusive; Harl withdrawal", sides, List.of()));
    }

    @Test
    void aSideThatGotAwayIsNotTheVictor() {
        List<Side> sides = List.of(side("Harl forces", "Osric Aldwin"), side("Tarnish Union", "Uldar"));
        assertEquals(1, WinnerReader.winner("Successful Harl evacuation .", sides, List.of()));
        assertEquals(0, WinnerReader.winner("Tarnish breakout; Harl victory", sides, List.of()));
    }

    @Test
    void aVictorNamedByItsInitialsIsTheSideOfThatName() {
        List<Side> sides = List.of(side("Tarnland", "Osric Aldwin"), side("Ossic People's Republic", "Uldar"));
        assertEquals(1, WinnerReader.winner("Decisive OPR victory and signing of the Harl Protocol", sides, List.of()));
        assertEquals(null, WinnerReader.winner("Decisive victory", sides, List.of()));
    }

    @Test
    void rebelsOfANationAreNotTheNationTheResultNames() {
        assertEquals(0, WinnerReader.winner("Varlish victory", List.of(side("Kingdom of Varland", "Osric Aldwin"),
                side("Varlish rebels", "Eirik Haldor")), List.of("The Varlish army won.")));
    }

    @Test
    void aResultThatNamesBothSidesAndNoVictoryHasNoWinner() {
        List<Side> sides = List.of(side("Upper Kingdom of Tarsk", "Osric Aldwin"), side("Varland Empire", "Eirik Haldor"));
        assertEquals(null, WinnerReader.winner("Continued Tarsk–Varland hostilities; Treaty of Kell", sides, List.of()));
        assertEquals(1, WinnerReader.winner("Varland victory; Treaty of Kell", sides, List.of()));
    }

    @Test
    void greekNamesTheCityStatesOfGreece() {
        List<Side> sides = List.of(side("Athens", "Talos"), side("Persian Empire", "Ostrax"));
        assertEquals(0, WinnerReader.winner("Decisive Greek victory", sides, List.of()));
    }

    @Test
    void aSideTheResultCallsAFailureLost() {
        List<Side> sides = List.of(side("Kingdom of Varland", "Osric Aldwin"), side("Skarn League", "Eirik Haldor"));
        assertEquals(1, WinnerReader.winner("Varland operational failure", sides, List.of()));
        assertEquals(0, WinnerReader.winner("Varland victory", sides, List.of()));
        assertEquals(1, WinnerReader.winner("Near collapse of the Kingdom of Varland", sides, List.of()));
        assertEquals(0, WinnerReader.winner("Fall of the Skarn League", sides, List.of()));
        assertEquals(0, WinnerReader.winner("Varland victory; fall of the Skarn League", sides, List.of()));
    }

    @Test
    void theConsequencesAfterTheVictoryDoNotNameTheWinner() {
        List<Side> sides = List.of(side("Duchy of Varland", "Osric Aldwin"), side("Skarn", "Eirik Haldor"));
        assertEquals(1, WinnerReader.winner("Decisive Skarn victory, death of Osric Aldwin, and dissolution of the"
                + " Duchy of Varland", sides, List.of()));
    }

    private static String dates(String lead) {
        LeadFacts.Dated d = LeadFacts.dates(List.of(TextLine.of(1, lead)));
        return d == null ? null : d.range().start().toString();
    }

    private static Side side(String belligerent, String commander) {
        return new Side(List.of(new NamedEntry(belligerent, null, 1)), List.of(new Commander(commander, null, null, 1)),
                List.of(), new Strength(null, null, null, List.of(), 1),
                new Casualties(null, null, null, null, List.of(), List.of(), 1));
    }
}
