package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What readers leave in a page: a comma list of belligerents in one table cell, a description where a commander's
 * name is unknown, wiki link markup in prose, and a full stop glued to the next sentence. Invented battle.
 */
class ReaderLeftoversTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Varro Field | |||||||",
            "---|---|---|---|---|---|---|---|",
            "Part of the Tessan Wars | |||||||",
            "Belligerents | |||||||",
            "King Hadran of Arvel, House of Vell | Tessan Horde | ||||||",
            "Commanders and leaders | |||||||",
            "Hadran of Arvel |",
            "Unknown Tessan commander | ||||||",
            "Strength | |||||||",
            "6,000 | 5,000 |",
            "The Battle of Varro Field was fought on 22 August 1485 between King Hadran and the"
                    + " [[Tessan Horde (people)|Tessan riders]], who won it. It was the largest battle fought between"
                    + " the two Kingdoms.Hadran was killed in the battle."));

    @Test
    void aCommaListInOneCellIsSeveralBelligerents() {
        assertEquals(List.of("King Hadran of Arvel", "House of Vell"),
                parsed.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
    }

    @Test
    void anUnknownCommanderIsNoName() {
        assertEquals(List.of(), parsed.sides().get(1).commanders());
    }

    @Test
    void linkMarkupReadsAsItsTextAndAGluedFullStopEndsASentence() {
        List<String> sentences = Sentences.split(LineCleaner.strip(
                "fought against the [[Tessan Horde (people)|Tessan riders]]. It was the largest battle between the two"
                        + " Kingdoms.Hadran was killed in the battle."));
        assertTrue(sentences.get(0).endsWith("the Tessan riders."), sentences::toString);
        assertEquals("Hadran was killed in the battle.", sentences.get(sentences.size() - 1));
        assertFalse(sentences.stream().anyMatch(s -> s.contains("[[")));
    }
}
