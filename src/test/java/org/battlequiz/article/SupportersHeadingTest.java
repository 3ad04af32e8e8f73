package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No column starts or ends with its "Supported by:" heading. Invented article: no real battle. */
class SupportersHeadingTest {
    @Test
    void theSupportersAfterABlankLineStayWithTheSideAboveThem() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle",
                "Part of the Tessan Expedition", "Date9–13 April 1790", "Location", "Result Vellish victory",
                "Belligerents", "", " Kingdom of Vell", "", "Supported by:", "Tessan rebels[1]", "Tessan Empire",
                "Commanders and leaders", "Hadran Oskel Tamur II", "Strength", "13,000[2] ~4,000",
                "Casualties and losses", "35 killed 700 killed", "",
                "The Battle of Orle was the end of the Vellish expedition to Tessa, fought in April 1790 between Vellish"
                        + " and Tessan forces at the fortress of Orle, which fell to the Vellish army on its last day."));
        assertEquals(List.of("Kingdom of Vell", "Tessan rebels"), names(a, 0));
        assertEquals(List.of("Tessan Empire"), names(a, 1));
    }

    private static List<String> names(ParsedArticle a, int side) {
        return a.sides().get(side).belligerents().stream().map(NamedEntry::name).toList();
    }
}
