package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Merged belligerent lines, status marks between titled names, and a column whose belligerents were lost. */
class CaptionsMarksAndLostNamesTest {
    private final ArticleParser parser = new ArticleParser();

    private static List<String> names(Side side) {
        return side.belligerents().stream().map(NamedEntry::name).toList();
    }

    private static List<String> commanders(Side side) {
        return side.commanders().stream().map(Commander::name).toList();
    }

    private ParsedArticle page(String result, String belligerents, String commanders, String body) {
        return parser.parse(String.join("\n", "Battle of Hollow Ford", "", "Battle of Hollow Ford",
                "Date 1 January 1818", "Location Hollow Ford", result, "Belligerents", belligerents,
                "Commanders and leaders", commanders, "Strength", "900 men 2,800 men", "", body));
    }

    @Test
    void aCaptionThenItsShortenedNameEndsTheFirstColumn() {
        ParsedArticle a = page("Result Company victory",
                "Vell Trading Company Vell Trading Co. Ostra faction, Marn League", "Aldo Brant Piet Gundel",
                "The Company held the ford against the Ostra faction.");
        assertEquals(List.of("Vell Trading Co."), names(a.sides().get(0)));
        assertEquals(List.of("Ostra faction", "Marn League"), names(a.sides().get(1)));
    }

    @Test
    void aForceNameEndsAtItsHeadWordBeforeACommaList() {
        ParsedArticle a = page("Result Company victory", "Vell Trading Company Ostra faction, Marn League",
                "Aldo Brant Piet Gundel", "The Company held the ford against the Ostra faction.");
        assertEquals(List.of("Vell Trading Company"), names(a.sides().get(0)));
        assertEquals(List.of("Ostra faction", "Marn League"), names(a.sides().get(1)));
    }

    @Test
    void aBritishVictoryIsTheEastIndiaCompanys() {
        ParsedArticle a = page("Result British victory", "East India Company East India Co. Ostra faction",
                "Aldo Brant Piet Gundel", "The Company held the ford against the Ostra faction.");
        assertEquals(List.of("East India Co."), names(a.sides().get(0)));
        assertEquals(0, a.winner());
    }

    @Test
    void statusMarksSeparateTitledNames() {
        assertEquals(List.of("Leopold Varn, Duke of Ostra †", "Johann von Kell †", "Piet van Marn †"),
                NameSegmenter.split("Leopold Varn, Duke of Ostra † Johann von Kell † Piet van Marn †"));
    }

    /** A table mirror's rows, one cell per column, the first column's belligerents lost. */
    private ParsedArticle tablePage(String body) {
        return parser.parse(String.join("\n", "Battle of Hollow Ford", "| Battle of Hollow Ford | |||||||",
                "|---|---|---|---|---|---|---|---|", "| Part of the Ostran wars | |||||||", "| |||||||",
                "| Belligerents | |||||||", "| Duchy of Ostra | |||||||", "| Commanders and leaders | |||||||",
                "| Piet Gundel † |", "Leopold Varn, Duke of Ostra † Johann von Kell † | ||||||", "| Strength | |||||||",
                "| c. 1,000 | c. 4,000 | ||||||", body));
    }

    @Test
    void theOnlyBelligerentLeftGoesWithTheCommandersWhoseTitlesNameIt() {
        ParsedArticle a = tablePage("The battle was fought in 1386 between Leopold Varn and the hill cantons.");
        assertEquals(List.of(), names(a.sides().get(0)));
        assertEquals(List.of("Duchy of Ostra"), names(a.sides().get(1)));
        assertEquals(List.of("Leopold Varn, Duke of Ostra", "Johann von Kell"), commanders(a.sides().get(1)));
    }

    @Test
    void aVictoryOfAPeopleNamingNoBelligerentLeftIsTheNamelessSides() {
        ParsedArticle a = tablePage("The Battle of Hollow Ford was fought on 9 July 1386 between Leopold Varn, Duke "
                + "of Ostra and the hill cantons. The battle was a decisive Swiss victory in which Duke Leopold and "
                + "many Ostran nobles died.");
        assertEquals(List.of("Duchy of Ostra"), names(a.sides().get(1)));
        assertEquals(0, a.winner());
    }
}
