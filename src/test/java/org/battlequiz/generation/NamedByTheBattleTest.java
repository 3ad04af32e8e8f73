package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.junit.jupiter.api.Test;

/** Wrong options the battle itself names in another form, or that its own series of wars may hold, on invented text. */
class NamedByTheBattleTest {
    private static ParsedArticle article(String result, String belligerents, String commanders) {
        return new ArticleParser().parse(String.join("\n", "Battle of Orrin Ridge", "", "Part of the Second War of Tessa",
                "Date24 June 1859", "LocationOrrin Ridge, Lombardy, Italy", "Result" + result, "Belligerents",
                belligerents, "Commanders and leaders", commanders, "Strength", "130,000 120,000",
                "Casualties and losses", "2,300 killed 2,400 killed", "",
                "The Battle of Orrin Ridge was fought on 24 June 1859 in Lombardy."));
    }

    @Test
    void aWarNamedByASeriesTheBattleBelongedToIsNoRivalButAnotherWarOfTheSameNameShapeIs() {
        assertTrue(SettingItems.partOfIt("Third Crusade", "Crusades"));
        assertTrue(SettingItems.partOfIt("Tessan–Varn War", "Tessan wars in Europe"));
        assertFalse(SettingItems.partOfIt("War of the Third Coalition", "War of the Fifth Coalition"));
        assertTrue(SettingItems.partOfIt("Early Tessan conquests", "Tessan conquest of Varnia"), "a wider whole");
        assertTrue(SettingItems.partOfIt("Crusades", "Third Crusade"));
        assertFalse(SettingItems.partOfIt("Tessan Revolution", "Tessan conquest of Varnia"));
        assertFalse(SettingItems.partOfIt("Tessa War", "Tessan Civil War and the intervention in Tessa"), "another war");
        assertFalse(SettingItems.partOfIt("Hundred Years' War", "Wars of the Roses"));
    }
}
