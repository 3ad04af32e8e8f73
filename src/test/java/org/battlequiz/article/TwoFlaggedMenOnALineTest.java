package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two men of one column printed on one line, each after the same flag label, where the body names the second man
 * beside the other side. Invented battle and commanders.
 */
class TwoFlaggedMenOnALineTest {
    @Test
    void twoMenUnderOneFlagAreTwoCommandersOfOneColumn() {
        ParsedArticle a = new ArticleParser().parse(String.join("\n", "Battle of Orrin Pass", "",
                "DateJuly 17–19, 1877 (1st stage)", "August 21–26, 1877 (2nd stage)", "Location", "Orrin Pass",
                "Result Russo-Varnian victory[a]", "Belligerents", " Russian Empire",
                "Principality of Varnia Varnian Legion", " Ottoman Empire", "Commanders and leaders",
                "Russian Empire Piet Hale[1]", "Russian Empire Tom Orrin[2]",
                "Russian Empire Fyodor Varn[1] Russian Empire Mikhail Tarrant (WIA)[d]", "(2nd Stage[3])",
                "Ottoman Empire Rauf Kell[2]", "(1st to 2nd Stages)", "Ottoman Empire Veysel Marn", "(2nd Stage)",
                "Strength", "", "I stage: 5,000[7]", "II stage: 7,500", "", "Total: 12,500", "",
                "The Ottoman Empire sent Rauf Kell against the pass, where Mikhail Tarrant and the Ottoman Empire guns"
                        + " met."));
        assertEquals(List.of(List.of("Piet Hale", "Tom Orrin", "Fyodor Varn", "Mikhail Tarrant"),
                List.of("Rauf Kell", "Veysel Marn")), a.sides().stream()
                .map(s -> s.commanders().stream().map(Commander::name).toList()).toList());
    }
}
