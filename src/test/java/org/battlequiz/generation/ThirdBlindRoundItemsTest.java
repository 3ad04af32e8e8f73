package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.SourceLine;
import org.junit.jupiter.api.Test;

/** Teaching errors found in the items of a later blind round of pages, on invented text. */
class ThirdBlindRoundItemsTest {
    @Test
    void aWarNamedByASeriesTheBattleBelongedToIsNoRivalButAnotherWarOfTheSameNameShapeIs() {
        assertTrue(SettingItems.partOfIt("Third Crusade", "Crusades"));
        assertTrue(SettingItems.partOfIt("Tessan–Varn War", "Tessan wars in Europe"));
        assertFalse(SettingItems.partOfIt("War of the Third Coalition", "War of the Fifth Coalition"));
        assertFalse(SettingItems.partOfIt("Hundred Years' War", "Wars of the Roses"));
    }

    @Test
    void aClanTakesTheArticle() {
        assertEquals("the Oda clan", Texts.group("Oda clan"));
    }

    @Test
    void theQuotedSentenceWithTheYearRunsPastARankAbbreviationAndAFootnote() {
        String text = "The Battle of Pine Ridge (March 7–8, 1862), also known as the Battle of Elk Tavern, took place"
                + " near Leetown, northeast of Tessa, in the hills of the border country.[4] Federal forces, led by"
                + " Brig. Gen. Amos Varn, moved south from the river, driving the Confederate forces into the hills."
                + " Maj. Gen. Piet Hale had launched a counteroffensive, hoping to recapture the north of the state.";
        String quoted = DateItems.sentenceWithYear(new SourceLine(12, text, List.of()),
                DateValue.parse("1862-03-07").orElseThrow());
        assertEquals("The Battle of Pine Ridge (March 7–8, 1862), also known as the Battle of Elk Tavern, took place"
                + " near Leetown, northeast of Tessa, in the hills of the border country.", quoted);
    }
}
