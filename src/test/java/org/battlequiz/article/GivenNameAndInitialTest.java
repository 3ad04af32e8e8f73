package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GivenNameAndInitialTest {
    @Test
    void aGivenNameAndTheInitialsAfterItStayWithTheSurname() {
        Map.of("William|J. Darrow", true, "James|B. K. Hollis", true, "James|Hollis", true,
                "James|J. Darrow Verle", false, "Darrow|J. Verle", false).forEach((cut, oneName) -> {
                    String[] sides = cut.split("\\|");
                    assertEquals(oneName, MergedLineSeams.givenNameBeforeItsSurname(sides[0], sides[1]), cut);
                });
    }
}
