package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ruler known by one name, printed with the next commander's name on one line by a reader that lost the break.
 * Invented article: no real battle.
 */
class LoneNameRunTest {
    private static List<String> commanders(String... body) {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", List.of(String.join(" ", body),
                "Battle of Vessa | |||||||", "---|---|---|---|---|---|---|---|", "| |||||||", "Date | 4 May 1520 | ||||||",
                "Belligerents | |||||||", "Tarsan Empire | Vellan Empire | ||||||", "Commanders and leaders | |||||||",
                "Tamur Khel | Osric Hadran Vell (POW) Piet Sallow | ||||||", "Strength | |||||||",
                "30,000 | 60,000 | ||||||", "", String.join(" ", body))));
        return a.sides().get(1).commanders().stream().map(Commander::name).toList();
    }

    @Test
    void aNameTheBodyUsesAloneIsCutFromTheNextName() {
        assertEquals(List.of("Osric", "Hadran Vell", "Piet Sallow"), commanders(
                "The Battle of Vessa was fought on 4 May 1520 between the armies of Tamur Khel and Osric.",
                "Osric crossed the river with his brothers, but the Tarsan horse caught his camp at dawn.",
                "Defeated, Osric fled to the hills while Hadran Vell was taken."));
    }

    @Test
    void aNameTheBodyWritesWithTheNextWordStaysWhole() {
        assertEquals(List.of("Osric Hadran Vell", "Piet Sallow"), commanders(
                "The Battle of Vessa was fought on 4 May 1520 between the armies of Tamur Khel and Osric.",
                "Osric crossed the river with his brothers, but the Tarsan horse caught his camp at dawn.",
                "Defeated, Osric Hadran Vell was taken while his brother fled."));
    }
}
