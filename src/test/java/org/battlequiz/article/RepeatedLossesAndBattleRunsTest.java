package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Loss columns printed one figure to a line with nothing between the sides, and the campaign's battles run together
 * on one line after them. Invented article: no real battle.
 */
class RepeatedLossesAndBattleRunsTest {
    private static String article(List<String> losses, List<String> after) {
        List<String> lines = new java.util.ArrayList<>(List.of("Battle of Orlen Ford", "",
                "From the free encyclopedia", "", "Battle of Orlen Ford", "Part of the Vessary War", "",
                "Date June 3, 1781", "Location Orlen Ford, Vessary", "Result Colonial victory", "Combatants",
                "Colonists Crown", "Commanders", "Amos Reddick Henry Calloway", "Strength", "2,100 1,400",
                "Casualties"));
        lines.addAll(losses);
        lines.addAll(after);
        lines.addAll(List.of("", "The Battle of Orlen Ford was fought on June 3, 1781, when colonial troops under Amos"
                + " Reddick forded the river at dawn and drove the Crown garrison of Henry Calloway from its works."));
        return String.join("\n", lines);
    }

    private static Casualties losses(ParsedArticle a, int side) {
        return a.sides().get(side).casualties();
    }

    @Test
    void aLineThatCountsTheFirstKindAgainStartsTheOtherColumn() {
        ParsedArticle a = new ArticleParser().parse(article(List.of("310 killed", "~650 wounded", "900 captured",
                "58 killed", "240 wounded", "27 missing according to Lord Tarrant report 19 {2 officers and 17 Fusiliers of the Guard} were captured"),
                List.of()));
        assertEquals(310L, losses(a, 0).killed());
        assertEquals(650L, losses(a, 0).wounded());
        assertEquals(58L, losses(a, 1).killed());
        assertEquals(240L, losses(a, 1).wounded());
    }

    @Test
    void rivalClaimsForOneSideAreNotTheOtherColumn() {
        ParsedArticle a = new ArticleParser().parse(article(List.of("120 killed, 300 wounded",
                "(Crown estimate)", "400 killed, 900 wounded", "(colonial estimate)", "", "75 killed"), List.of()));
        assertEquals(75L, losses(a, 1).killed());
    }

    @Test
    void theCampaignsBattlesRunTogetherAfterTheLossesEndTheInfobox() {
        ParsedArticle a = new ArticleParser().parse(article(List.of("12 killed,", "70 wounded", "66 killed,",
                "81 wounded,", "512 prisoners"), List.of("Vessary campaign, 1779–1782",
                "Harlow MillsOrlen Ford – Cask Hill – Dunmere – Upper Tarrant – Wicklow Landing")));
        assertEquals(12L, losses(a, 0).killed());
        assertEquals(66L, losses(a, 1).killed());
        assertEquals(512L, losses(a, 1).captured());
        assertFalse(losses(a, 1).text().contains("Dunmere"));
    }

    @Test
    void twoWordsTheBodyWritesAsOneNameAreNotCutApart() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Harl Gate", "", "Battle of Harl Gate",
                "Part of the Vellish wars", "", "DateMay 2, 1611", "Location Harl Gate", "Result Vellish victory",
                "Belligerents", "Kingdom of Vell", "Tolmish defenders of Harl Gate", "Osk Horde",
                "Commanders and leaders", "Oren Dask", "Piet Alvar", "Tamur Khel", "Strength", "30,000 60,000",
                "Casualties and losses", "Unknown Unknown", "",
                "The Battle of Harl Gate, fought on May 2, 1611 at Harl Gate in the northern hills, ended the Osk"
                        + " raids when Oren Dask joined the Tolmish garrison against the horde of Tamur Khel."));
        List<String> names = a.sides().stream().flatMap(s -> s.belligerents().stream()).map(NamedEntry::name).toList();
        assertFalse(names.contains("Gate"), names.toString());
        assertFalse(names.contains("Tolmish defenders of Harl"), names.toString());
    }
}
