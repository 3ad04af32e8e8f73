package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.battlequiz.article.SourceLine;
import org.junit.jupiter.api.Test;

/** Teaching errors found in the items of the second blind round of articles, on invented text. */
class BlindRoundItemsTest {
    private static final FactRef FACT = FactRef.of("body:1", "body", new SourceLine(30, "A sentence.", List.of()));

    @Test
    void twoFiguresSharingOneNounBothCountIt() {
        List<Amount> amounts = Amount.parse("Initially: 13 Ardish and 11 Morv divisions; Finally: 40 divisions");
        assertEquals(List.of("Ardish divisions", "Morv divisions", "divisions"),
                amounts.stream().map(Amount::label).toList());
        assertEquals(List.of("soldiers", "Marines"),
                Amount.parse("300 soldiers and 78 Marines").stream().map(Amount::label).toList());
    }

    @Test
    void theRegionOfALocationIgnoresCommasInsideANote() {
        assertEquals("Vell March", SettingItems.lastPart("Near Orrin, Vell March (modern Tessa, Kethia)"));
        assertEquals("Kethia", SettingItems.lastPart("Orrin, Tessa, Kethia"));
    }

    @Test
    void aClozeWhoseAnswerSharesAWordWithTheSentenceIsDropped() {
        Draft giveaway = Items.cloze(FACT, "Fill in the blank: The Battle of Orrin was fought off ____ in the north.",
                List.of("Cape Orrin"), 0.5);
        assertEquals(Optional.of(QualityGates.GIVES_AWAY), new QualityGates().check(giveaway));
        Draft sound = Items.cloze(FACT, "Fill in the blank: The Battle of Orrin was fought off ____ in the north.",
                List.of("Cape Vell"), 0.5);
        assertEquals(Optional.empty(), new QualityGates().check(sound));
    }
}
