package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A ruler known by one name, or two names the body writes apart, printed as one run by a reader that lost the break.
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

    @Test
    void twoNamesTheBodyWritesEachOnItsOwnAreTwoCommanders() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", List.of(
                "The Battle of Vessa was fought between the Vellans led by Aldros Mavrin with Terkos Votsar and the"
                        + " Tarsans led by Tamur Khel on 4 May 1520.",
                "Battle of Vessa | |||||||", "---|---|---|---|---|---|---|---|", "| |||||||", "Date | 4 May 1520 | ||||||",
                "Belligerents | |||||||", "Vellan Empire | Tarsan Empire | ||||||", "Commanders and leaders | |||||||",
                "Aldros Mavrin Terkos Votsar | Tamur Khel | ||||||", "Strength | |||||||", "3,000 | 8,000 | ||||||", "",
                "The Vellans held the ridge until Terkos Votsar fell back to the river.")));
        assertEquals(List.of("Aldros Mavrin", "Terkos Votsar"),
                a.sides().get(0).commanders().stream().map(Commander::name).toList());
    }
}
