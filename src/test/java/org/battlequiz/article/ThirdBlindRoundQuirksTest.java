package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Quirks the third blind round of test articles revealed, on invented text: no names of real battles. */
class ThirdBlindRoundQuirksTest {
    private static final String ARTICLE = String.join("\n",
            "Battle of Qasr Dunya", "", "Battle of Qasr Dunya", "Part of the Dune Wars", "",
            "DateMarch 3 – April 9, 1990", "LocationQasr Dunya", "Result Dune Guard victory[1]", "Belligerents",
            "", " Dune Guard", "", "Sand Front", "Commanders and leaders", "Maj. Gen. Orin Vale",
            "Col. Tarik Abdul-Hadi Abu Nasr al-Qirwani", "Jamal al-Harbi †", "Strength",
            "4,000 soldiers[2] 1,100 fighters[3]", "Casualties and losses", "410 killed[4]",
            "72 wounded (9 later died) 300 killed", "",
            "The Battle of Qasr Dunya was fought between the Dune Guard and the Sand Front in 1990.[1]", "",
            "  1. ^ Invented for this test.", "", "From Wikipedia, the free encyclopedia · View on Wikipedia");

    private final ParsedArticle a = new ArticleParser().parse(ARTICLE);

    @Test
    void aKunyaStartsTheNextColumnsNameAndRanksDoNotMakeANameLonger() {
        assertEquals(List.of("Orin Vale", "Tarik Abdul-Hadi"), names(0));
        assertEquals(List.of("Abu Nasr al-Qirwani", "Jamal al-Harbi"), names(1));
    }

    @Test
    void aBracketedFigureAfterALossIsPartOfThatLoss() {
        assertEquals(410L, a.sides().get(0).casualties().killed());
        assertEquals(72L, a.sides().get(0).casualties().wounded());
        Casualties c = CasualtyReader.read(ReadersTest.pieces("120 killed", "40 wounded (5 later died)"), 1);
        assertEquals(120L, c.killed());
        assertEquals(40L, c.wounded());
        assertEquals(125L, CasualtyReader.read(ReadersTest.pieces("Losses: 200 (125 killed)"), 1).killed());
    }

    @Test
    void aCoalitionVictoryGoesToTheAllianceTheBodyIsAbout() {
        List<Side> sides = List.of(side("Ardland", "Morvia"), side("Sand Front", "Dune League"));
        List<String> body = List.of("Ardish and Morvian troops crossed the river.", "Coalition forces took the town.");
        assertEquals(0, WinnerReader.winner("Coalition victory", sides, body));
        assertEquals(null, WinnerReader.winner("Coalition victory", List.of(side("Ardland"), side("Morvia")), body));
    }

    private static Side side(String... belligerents) {
        return new Side(java.util.Arrays.stream(belligerents).map(b -> new NamedEntry(b, null, 1)).toList(), List.of(),
                List.of(), new Strength(null, null, null, List.of(), 1),
                new Casualties(null, null, null, null, List.of(), List.of(), 1));
    }

    private List<String> names(int side) {
        return a.sides().get(side).commanders().stream().map(Commander::name).toList();
    }
}
