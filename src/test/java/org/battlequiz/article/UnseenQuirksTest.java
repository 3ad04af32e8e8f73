package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quirks that the new test articles revealed, on an invented article: no names of real battles. */
class UnseenQuirksTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Orrin Pass", "", "Battle of Orrin Pass", "Part of the Vellan Wars", "",
            "DateMay or June 1411", "LocationOrrin Pass, Tessaly", "Result Vellan victory[1]", "Belligerents", "",
            "Free Cities of Tessaly", "", "Kethic Empire", "Commanders and leaders", "Ada Morn † Ulric Sand",
            "Strength", "c. 3,000 (Corvin)[2]", "c. 3,400 (Ilse) 40,000[3]", "Casualties and losses",
            "Casualties and losses", "1,200 killed 900 killed", "",
            "The Battle of Orrin Pass was fought in 1411 between the Kethic Vellan Empire under Ulric Sand and the Free"
                    + " Cities of Tessaly, whose army under Ada Morn held the pass for two days.[1]", "",
            "The Free Cities of Tessaly sent a second army, but the Free Cities of Tessaly could not relieve the"
                    + " pass before the Vellan army broke through.[2]", "", "  1. ^ Invented for this test.", "",
            "From Wikipedia, the free encyclopedia · View on Wikipedia");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void alternativeMonthsLeaveOnlyTheYear() {
        assertEquals("1411", a.dateStart());
        assertEquals("1411", a.dateEnd());
    }

    @Test
    void theResultWordBesideABelligerentInTheBodyNamesTheWinner() {
        assertEquals(1, a.winner());
    }

    @Test
    void rivalSourcesGiveARangeAndARepeatedHeadingIsNotALoss() {
        assertEquals(3000L, a.sides().get(0).strength().min());
        assertEquals(3400L, a.sides().get(0).strength().max());
        assertEquals("1,200 killed", a.sides().get(0).casualties().text());
        assertEquals(900L, a.sides().get(1).casualties().killed());
    }
}
