package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader that dropped the Strength label and printed each column's flag before its first figure. Invented article. */
class LostStrengthLabelTest {
    @Test
    void aFlagThenACountOfMenOpensTheStrength() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orle", "", "Battle of Orle",
                "Part of the Tessan War", "Date24 June 1859", "Location Orle", "Result Decisive French victory",
                "France France", "Austrian Empire Austria", "Commanders and leaders", "France Hadran Oskel",
                "(Marshal of the army)", "Austrian Empire Piet Varne", "(Field marshal)", "France 82,935 infantry",
                "9,162 cavalry", "240 guns", "119,783 infantry", "9,490 cavalry", "429 guns", "Casualties and losses",
                "1,622 killed 2,386 killed", "",
                "The Battle of Orle was fought on 24 June 1859 and ended in a French victory over the Austrian army."));
        List<String> commanders = a.sides().stream().flatMap(s -> s.commanders().stream()).map(Commander::name).toList();
        assertTrue(commanders.stream().noneMatch(c -> c.matches(".*\\d.*")), commanders.toString());
        assertEquals(129273L, a.sides().get(1).strength().min(), "infantry and cavalry");
    }
}
