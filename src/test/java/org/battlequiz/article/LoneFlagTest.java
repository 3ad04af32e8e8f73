package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One flag in a whole commanders row says little of where its column ends. Invented article: no real battle. */
class LoneFlagTest {
    @Test
    void commandersPlacedOnlyByALoneFlagAreNotMarkedSure() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle",
                "Date9 December 1824", "Location Orle", "Result Decisive patriot victory", "Belligerents", "Patriots:",
                "Vell", " Tessan Republic", "", "Royalists:", "Spain Spanish Empire", "", "Commanders and leaders",
                "France Hadran Oskel", "Piet Varne", "Tamur Khel (WIA)", "Osric Dane", "Strength", "5,780 6,906",
                "Casualties and losses", "979 killed 2,500 killed", "",
                "The Battle of Orle was fought on 9 December 1824 and ended the war in the south."));
        List<Commander> all = a.sides().stream().flatMap(s -> s.commanders().stream()).toList();
        assertTrue(all.size() == 4 && all.stream().allMatch(c -> c.confidence() < 0.7), all.toString());
    }
}
