package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A lead that dates the battle "from … to …" (not a note to the editors), a second name in brackets on the title line, a dash template's name. */
class LeadRangesAndBracketedNamesTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void aPipeTablePageWithoutADateRowTakesTheLeadsWholeRangeAndDropsTheBracketedOtherName() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Tarn River (Second Battle of Osk) |", "|||||||",
                "---|---|---|---|---|---|---|---|", "Part of the Salt War | |||||||", "Belligerents | |||||||",
                "Ranland | Tolm |", "Commanders and leaders | |||||||", "Edric Hale | Piet Varn |", "Strength | |||||||",
                "41,400 | 35,000 |", "Casualties and losses | |||||||", "12,906 | 11,739 |", "",
                "Ranland and Tolm fought for the Tarn crossings from December 31, 1862, to January 2, 1863, and"
                        + " neither army could hold the far bank."));
        assertEquals("Battle of Tarn River", a.title());
        assertEquals("1862-12-31", a.dateStart());
        assertEquals("1863-01-02", a.dateEnd());
    }

    @Test
    void aDashTemplateWhoseBracesWereDroppedJoinsTheDates() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk Ridge", "", "Infobox Military Conflict",
                "conflict=Battle of Osk Ridge", "date = March 7ndash March 8, 1862", "place=Osk Ridge",
                "result=Ranish victory", "combatant1=Ranland", "combatant2=Tolm", "commander1=Edric Hale",
                "commander2=Piet Varn"));
        assertEquals("1862-03-07", a.dateStart());
        assertEquals("1862-03-08", a.dateEnd());
        assertEquals("Date March 7–March 8, 1862", a.sourceOf("date").text());
    }

    @Test
    void aNoteToTheEditorsAboveTheBoxDoesNotDateTheBattle() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk Ford", "From the free reader",
                "Editors are asked to expand this section with more sources. (March 2011) |",
                "Battle of Osk Ford | |||||||", "---|---|---|---|---|---|---|---|", "Part of the Salt War | |||||||",
                "Belligerents | |||||||", "Ranland | Tolm |", "Commanders | |||||||", "Edric Hale | Piet Varn |", "",
                "The two armies met at Osk Ford on 9 June 1641, and the Ranish horse broke the Tolm line by dusk."));
        assertEquals("1641-06-09", a.dateStart());
        assertEquals("1641-06-09", a.dateEnd());
    }

    @Test
    void withoutAResultRowTheLeadsVictorIsTheArmyThatDestroyedItsOpponentsNotAPronounsVictory() {
        ParsedArticle a = parser.parse(String.join("\n", "Battle of Osk Fields | |||||||",
                "---|---|---|---|---|---|---|---|", "Part of the Salt War | |||||||", "Belligerents | |||||||",
                "Ranland | Tolm Empire | ||||||", "Commanders and leaders | |||||||", "Edric Hale | Piet Varn | ||||||",
                "Strength | |||||||", "9,000 | 9,500 | ||||||",
                "The Battle of Osk Fields was fought near Osk on 2 April 1644 between Ranish and Tolmish armies.",
                "The quicker Ranish horse under Edric Hale effectively destroyed their opponents by noon. Yet the"
                        + " Ranes were too worn to make use of their victory, and Tolm held the passes."));
        assertEquals(0, a.winner());
    }
}
