package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** No column starts or ends with its "Supported by:" heading, nor ends with any heading. Invented article: no real battle. */
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

    @Test
    void aHeadingOpensItsFiguresAndNeverEndsAColumn() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle",
                "Part of the Tessan Expedition", "Date9 April 1790", "LocationOrle", "Result Vellish victory",
                "Kingdom of Vell Tessan Empire", "Commanders and leaders", "Hadran Oskel", "Piet Varne", "Tamur II",
                "Orle garrison:", "1,800 men,", "297 artillery pieces", "Relief force:", "10,500 men,", "37 cannon[a]",
                "37,000 men,",
                "195 artillery pieces[b]", "Casualties and losses", "35 killed 700 killed", "",
                "The Battle of Orle was fought in April 1790 between Vellish and Tessan forces at the fortress of Orle,"
                        + " which the Vellish relief force raised on its last day."));
        assertEquals(37000L, a.sides().get(1).strength().min());
    }

    private static List<String> names(ParsedArticle a, int side) {
        return a.sides().get(side).belligerents().stream().map(NamedEntry::name).toList();
    }
}
