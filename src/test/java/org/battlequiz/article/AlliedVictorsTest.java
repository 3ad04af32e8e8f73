package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Three belligerent lines with no column boundary: the Result row's "Franco-Spanish victory" keeps its two victors
 * on one side, and nationality headings with "Total:" lines put each strength block under its side. Invented
 * article: no names of real battles.
 */
class AlliedVictorsTest {
    private static final String ARTICLE = String.join("\n",
            "Siege of Port Calder", "", "Siege of Port Calder", "Part of the War of the Narrow Seas", "",
            "DateMarch 3 – April 2, 1779", "LocationPort Calder", "Result", "", "Franco-Spanish victory", "",
            "Belligerents", "", " Spain", "", " France", "", " Great Britain", "",
            "Commanders and leaders", "", "Luis Ortega", "Henri Valmont", "", "Edward Pike Surrendered", "",
            "Strength", "", "Spanish: 4,000–4,500 men", "", "  • 3,000 infantry", "  • 1,000 gunners", "",
            "French: 3,000 men", "", "Total: 7,000–7,500", "", "British: 2,500", "", "Hessian: 800", "",
            "Total: 3,300", "Casualties and losses", "", "400 killed", "", "300 killed", "",
            "The siege of Port Calder was fought in 1779. The Spanish and French fleets blockaded the port, and the"
                    + " British garrison under Edward Pike surrendered after a month.[1]", "",
            "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void theVictorsNamedTogetherStayOnOneSide() {
        assertEquals(List.of("Spain", "France"), names(a.sides().get(0)));
        assertEquals(List.of("Great Britain"), names(a.sides().get(1)));
        assertEquals(0, a.winner());
    }

    @Test
    void aTotalLineEndsItsSidesStrength() {
        assertEquals(7000L, a.sides().get(0).strength().min());
        assertEquals(7500L, a.sides().get(0).strength().max());
        assertEquals(3300L, a.sides().get(1).strength().min());
    }

    @Test
    void onlyTheWordsBeforeVictoryNameTheVictors() {
        assertEquals("Decisive Franco-Spanish", VictorPhrase.of("Decisive Franco-Spanish victory. End of the British siege"));
        assertEquals("", VictorPhrase.of("Inconclusive; both sides claimed victory"));
        assertEquals("", VictorPhrase.of("Treaty of Paris"));
    }

    @Test
    void theGroupsBetweenACoalitionAndTheLastGroupAreItsMembers() {
        ParsedArticle page = new ArticleParser().parse(String.join("\n",
                "Battle of Harl Sound", "Part of the Marsh Wars", "Date7 October 1571", "Location38\u00b015\u2032N 21\u00b015\u2032E",
                "Result Northern League victory", "", "Banner_of_the_League.png Northern League",
                "Flag_of_Ostmark.svg Ostmark", "", "Flag_of_Arl.svg Republic of Arl", "Flag_of_Vell.svg Duchy of Vell",
                "Flag_of_the_Order.svg Order of the Ford", "", "Kethic_flag.svg Kethic Empire", "",
                "Commanders and leaders", "Ostmark Ada Morn", "Ostmark Ulric Sand", "Republic of Arl Bela Fisk",
                "Republic of Arl Amos Reed", "Duchy of Vell Cyrus Hale", "Kethic_flag.svg Dabney Moss", "",
                "The Battle of Harl Sound was a naval battle in which a fleet of the Northern League inflicted a"
                        + " major defeat on the fleet of the Kethic Empire."));
        assertEquals(List.of("Northern League", "Ostmark", "Republic of Arl", "Duchy of Vell", "Order of the Ford"),
                names(page.sides().get(0)));
        assertEquals(List.of("Kethic Empire"), names(page.sides().get(1)));
    }

    private static List<String> names(Side side) {
        return side.belligerents().stream().map(NamedEntry::name).toList();
    }

    @Test
    void aBulletedMemberAfterABlankLineStaysWithTheBelligerentAboveIt() {
        ParsedArticle page = new ArticleParser().parse(String.join("\n",
                "Battle of Kessel Ridge", "", "Part of the Vellan Wars", "DateMay 2, 1903", "LocationKessel Ridge",
                "Result Decisive Vellan victory", "Belligerents", "", "Vellmark", "", "  • Vellan Colonies",
                "Kethic Empire", "Commanders and leaders", "Ada Morn Ulric Sand", "Strength", "3,000 4,000", "",
                "The Battle of Kessel Ridge was fought between Vellmark and the Kethic Empire."));
        assertEquals(List.of("Vellmark", "Vellan Colonies"), names(page.sides().get(0)));
        assertEquals(List.of("Kethic Empire"), names(page.sides().get(1)));
        assertEquals(0, page.winner());
    }
}
