package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that printed both columns of commanders on one line, each name after its flag label: the second label sits
 * inside the line. Invented battle and commanders between real states.
 */
class MidLineFlagTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Varro Field",
            "Date September 8–15 1847",
            "Location Varro Field",
            "Result Decisive United States victory",
            "Belligerents",
            " United States  Mexico",
            "Commanders and leaders",
            "United States Hadran Oskel Mexico Tomas Ruiz de la Vega",
            "Strength",
            "7,157 16,000",
            "",
            "The Battle of Varro Field was fought in September 1847."));

    @Test
    void theSecondColumnsFlagLabelIsNoPartOfItsName() {
        List<List<String>> names = parsed.sides().stream()
                .map(s -> s.commanders().stream().map(Commander::name).toList()).toList();
        assertEquals(List.of(List.of("Hadran Oskel"), List.of("Tomas Ruiz de la Vega")), names);
    }
}
