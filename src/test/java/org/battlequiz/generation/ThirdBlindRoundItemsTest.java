package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
