package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A mirror that kept one flag as a doubled name ("Sweden Sweden") and the other as the single space where its image
 * stood (" Holy Roman Empire"), each side's allies on the unflagged line below; and a commander with an ordinal
 * title after a comma. Invented battle and people between real states.
 */
class ImageGapTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Varro Field",
            "Location",
            "Near Varro Field",
            "Result Northern victory",
            "Belligerents",
            "Sweden Sweden",
            "Northern Union",
            " Holy Roman Empire",
            "Southern League",
            "Commanders and leaders",
            "Sweden Arvid Munk",
            "Sweden Tore Vell, 18th Baron of Skarn",
            "Holy Roman Empire Otto Brand",
            "Holy Roman Empire Karl Dorn",
            "Strength",
            "12,800 infantry",
            "10,000 infantry",
            "",
            "The Battle of Varro Field was fought on 6 November 1632 between Arvid Munk and Otto Brand."));

    private List<String> belligerents(int side) {
        return parsed.sides().get(side).belligerents().stream().map(NamedEntry::name).toList();
    }

    @Test
    void theSpaceOfALostImageStartsTheOtherColumn() {
        assertEquals(List.of("Sweden", "Northern Union"), belligerents(0));
        assertEquals(List.of("Holy Roman Empire", "Southern League"), belligerents(1));
    }

    @Test
    void anOrdinalTitleAfterACommaStaysWithItsName() {
        assertEquals(List.of("Arvid Munk", "Tore Vell, 18th Baron of Skarn"),
                parsed.sides().get(0).commanders().stream().map(Commander::name).toList());
    }
}
