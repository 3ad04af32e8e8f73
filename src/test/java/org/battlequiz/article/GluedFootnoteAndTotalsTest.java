package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class GluedFootnoteAndTotalsTest {
    private static final ParsedArticle ARTICLE = new ArticleParser().parse("""
            Battle of Orrin Bend
            Part of the Lake War
            DateMay 2 – May 30, 1951
            LocationOrrin Bend
            ResultLake League victory
            Belligerents
            Lake League
            Hill Republic
            Commanders and leaders
            Tomas Verle
            Anker Hollis
            Strength
            12,400 total (9,000 combat)[1]8,000 (6,500 combat)[2]
            Casualties and losses
            Lake League:
            410 killed
            1,200 wounded
            Marsh Guard: 12 killed
            1,622 total casualties
            2,950 total casualties
            600 captured
            """);

    @Test
    void aFigureGluedToTheFootnoteBeforeItStartsTheOtherColumn() {
        assertEquals(List.of(12_400L, 8_000L), ARTICLE.sides().stream().map(side -> side.strength().min()).toList());
    }

    @Test
    void oneColumnsTotalRightAboveTheOthersPartsThem() {
        assertEquals(422L, ARTICLE.sides().get(0).casualties().killed());
        assertNull(ARTICLE.sides().get(1).casualties().killed());
        assertEquals(600L, ARTICLE.sides().get(1).casualties().captured());
    }

    @Test
    void aFigureFollowedByItsPartsAfterADashIsTheTotal() {
        ParsedArticle a = InventedPage.parsed("Belligerents", "Lake League", "Hill Republic", "Strength",
                "80,000 1,100,000 combatants - 600,000 regulars, 500,000 reserve militia", "Casualties and losses",
                "4,000 killed 9,000 killed");
        assertEquals(1_100_000L, a.sides().get(1).strength().min());
        assertEquals(1_100_000L, a.sides().get(1).strength().max());
    }

    @Test
    void partsThatOnlyHappenToAddUpToTheFirstFigureAreAddedToIt() {
        ParsedArticle a = InventedPage.parsed("Belligerents", "Lake League", "Hill Republic", "Strength", "8,000",
                "", "3,000 infantry, 1,000 cavalry, 2,000 archers", "Casualties and losses", "400 killed", "900 killed");
        assertEquals(6_000L, a.sides().get(1).strength().min());
    }
}
