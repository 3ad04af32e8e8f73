package org.battlequiz.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A people's adjective kept with the state it names, and a Commanders row that holds only the lost Strength row. */
class FiguresUnderCommandersTest {
    private final ArticleParser parser = new ArticleParser();

    @Test
    void figuresRightUnderTheCommandersLabelAreTheStrength() {
        ParsedArticle a = parser.parse(String.join("\n", "Quick facts for kids", "Battle of Hollow Ford",
                "Part of the Ostran Revolution", "Date April 21, 1836", "Near Hollow Ford",
                "Decisive Ostran victory;", "Mexican Republic Republic of Texas", "Commanders and leaders",
                "  • 1,360", "  • 1 cannon", "  • 910", "  • 2 cannons", "Casualties and losses", "  • 650 killed",
                "  • 11 killed", "",
                "The Battle of Hollow Ford, fought on April 21, 1836, was the decisive battle of the Ostran Revolution. "
                        + "Led by Aldo Brant, the Ostran Army defeated General Piet Gundel's Mexican army in a fight "
                        + "that lasted just 18 minutes."));
        assertEquals(List.of("Mexican Republic"), a.sides().get(0).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of("Republic of Texas"), a.sides().get(1).belligerents().stream().map(NamedEntry::name).toList());
        assertEquals(List.of(), a.sides().get(0).commanders());
        assertEquals(1360, a.sides().get(0).strength().min());
        assertEquals(910, a.sides().get(1).strength().min());
    }
}
