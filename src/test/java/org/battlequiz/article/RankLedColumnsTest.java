package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankLedColumnsTest {
    @Test
    void aRankAfterARankedNameOpensTheOtherColumnsMan() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Umm Tarek

                Battle of Umm Tarek
                Part of the Gulf Campaign
                Date March 3, 2004 - March 6, 2004
                Location Umm Tarek
                Result Coalition victory
                Belligerents
                Flag of Iraq Iraq Flag of the United States United States
                Commanders
                General Amir Tarek Al-Hadi Brigadier General Dale Norton
                Strength
                2 brigades 1 division
                """);
        assertEquals(List.of(List.of("Amir Tarek Al-Hadi"), List.of("Dale Norton")), article.sides().stream()
                .map(side -> side.commanders().stream().map(Commander::name).toList()).toList());
    }

    @Test
    void aRankBeforeThreeNamesIsOneMansAndARankInsideARunOpensTheNext() {
        Map<String, List<String>> runs = Map.of(
                "General Amir Tarek Al-Hadi", List.of("General Amir Tarek Al-Hadi"),
                "Colonel Amos Sweet Major Hale", List.of("Colonel Amos Sweet", "Major Hale"));
        runs.forEach((run, people) -> assertEquals(people, NameSegmenter.split(run), run));
    }
}
