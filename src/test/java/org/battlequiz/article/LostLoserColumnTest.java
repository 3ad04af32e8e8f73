package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that lost the Belligerents label and the losing side's names: the bulleted run under the Result row is one
 * side when the Result names its first and last members as the victors. Invented article: no real battle.
 */
class LostLoserColumnTest {
    private static String article(String result, String... belligerents) {
        List<String> lines = new java.util.ArrayList<>(List.of("Battle of Tarrow Creek facts for kids", "",
                "Battle of Tarrow Creek", "Part of the Prairie War of 1868", "Date May 4–5, 1868",
                "Location Near Tarrow Creek, Dunmore County", "Result " + result));
        for (String b : belligerents) {
            lines.add("  • " + b);
        }
        lines.addAll(List.of("Commanders and leaders", "Units involved", "Irregular riders 9th Mounted Rifles",
                "Strength", "900 – 1,200 riders ~400 riflemen", "Casualties and losses", "  • 40 killed", "",
                "  • 190 killed", "",
                "The Battle of Tarrow Creek was fought in May 1868 between riders of the Oskana, Velani and Mirrow peoples"
                        + " and a regiment of mounted rifles, which was defeated."));
        return String.join("\n", lines);
    }

    @Test
    void aRunWhoseEndsTheResultNamesIsTheVictorsSide() {
        ParsedArticle a = new ArticleParser().parse(article("Oskana, Velani and Mirrow victory", "Oskana", "Tannic",
                "Velani",
                "Mirrow"));
        assertEquals(List.of("Oskana", "Tannic", "Velani", "Mirrow"), a.sides().get(0).belligerents().stream()
                .map(b -> b.name()).toList());
        assertTrue(a.sides().size() < 2 || a.sides().get(1).belligerents().isEmpty());
        assertEquals(0, a.winner());
    }

    @Test
    void aRunWhoseLastMemberTheResultDoesNotNameIsStillSplit() {
        ParsedArticle a = new ArticleParser().parse(article("Oskana and Velani victory", "Oskana", "Velani",
                "Republic of Dunmore"));
        assertEquals(2, a.sides().size());
        assertEquals(List.of("Republic of Dunmore"), a.sides().get(1).belligerents().stream().map(b -> b.name())
                .toList());
    }
}
