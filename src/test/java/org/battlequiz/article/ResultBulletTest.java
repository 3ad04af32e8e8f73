package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultBulletTest {
    @Test
    void aBulletedConsequenceAfterAnUnlabelledResultIsNoBelligerent() {
        ParsedArticle a = new ArticleParser().parse("""
                Battle of Harl Ford

                Part of the Varn Campaign, of the Hill War

                Date 2–9 May 1943

                LocationHarl Ford, Tessaly


                Lake League victory

                  • Lake forces continue their march into the Orle valley

                Commanders and leaders

                 Tomas Verle, Anker Hollis

                Casualties and losses

                1,200 killed

                The Battle of Harl Ford was fought in May 1943.
                """);
        assertEquals("Lake League victory; Lake forces continue their march into the Orle valley", a.result());
        assertTrue(a.sides().stream().allMatch(s -> s.belligerents().isEmpty()), a.sides().toString());
    }
}
