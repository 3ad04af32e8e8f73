package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** One column of commanders written with ranks and the other without, one name to a line. Invented battle. */
class RankedColumnTest {
    private final ParsedArticle parsed = new ArticleParser().parse(String.join("\n",
            "Battle of Tarn Hill", "", "Date27 February 1881", "LocationTarn Hill", "Result Vellish victory",
            "Belligerents", " Velland  Tolmish Empire", "Commanders and leaders", "Piet Smit", "Stefan Roos",
            "Daniel J.K. Marel", "Jochem Ferran", "Maj Gen. Sir George Pomfret Colby ", "Strength", "400 405",
            "Casualties and losses", "1 killed 92 killed", "",
            "The Battle of Tarn Hill was fought on 27 February 1881 between Velland and the Tolmish Empire."));

    @Test
    void theRankedLineIsOnePersonAndAColumnOfItsOwn() {
        assertEquals(List.of("Piet Smit", "Stefan Roos", "Daniel J.K. Marel", "Jochem Ferran"), names(0));
        assertEquals(List.of("George Pomfret Colby"), names(1));
    }

    private List<String> names(int side) {
        return parsed.sides().get(side).commanders().stream().map(Commander::name).toList();
    }
}
