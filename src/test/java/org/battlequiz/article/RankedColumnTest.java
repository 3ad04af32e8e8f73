package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Commanders one name to a line, with no mark where the second column starts. Invented battles. */
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

    @Test
    void aNameWithAStatusAfterItIsNotCutBeforeItsSurname() {
        ParsedArticle lone = new ArticleParser().parse(String.join("\n",
                "Battle of Varro Pass", "", "Date22–23 February 1847", "LocationVarro Pass", "Result Inconclusive",
                "Belligerents", "Velland Ostria", "Commanders and leaders", "Zachary Tolm", "John E. Ward",
                "Henry Cole Jr. ", "Antonio López de Santa Varga", "Pedro de Ampara", "Manuel María Lombardo (WIA)",
                "Strength", "4,500 15,000", "", "The Battle of Varro Pass was fought in February 1847."));
        assertEquals(List.of("Antonio López de Santa Varga", "Pedro de Ampara", "Manuel María Lombardo"),
                lone.sides().get(1).commanders().stream().map(Commander::name).toList());
    }

    private List<String> names(int side) {
        return parsed.sides().get(side).commanders().stream().map(Commander::name).toList();
    }
}
