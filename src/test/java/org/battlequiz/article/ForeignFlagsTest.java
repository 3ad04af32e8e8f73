package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignFlagsTest {
    @Test
    void menUnderFlagsNamingNoBelligerentStayTogetherAwayFromTheColumnWithItsOwnFlags() {
        ParsedArticle a = new ArticleParser().parse("""
                Battle of Varn Ridge
                Part of the Hill War
                Date22–27 April 1951
                Location
                Varn River, Tessaly
                Result United Nations victory
                Belligerents

                 United Nations (UNC)

                 North Korea
                 China
                Commanders and leaders
                United Kingdom Tomas Verle
                United Kingdom Piet Darro
                Australia Anker Hollis
                Canada Edric Solm
                United States Amos Hale
                United States Hadran Voss
                China Wen Tao
                China Deng Lu
                China Song Ren
                Strength
                One brigade 2,000 men Two divisions 20,000 men

                The Battle of Varn Ridge was fought in April 1951 in the Hill War.
                """);
        assertEquals(List.of("Tomas Verle", "Piet Darro", "Anker Hollis", "Edric Solm", "Amos Hale", "Hadran Voss"),
                a.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(List.of("Wen Tao", "Deng Lu", "Song Ren"),
                a.sides().get(1).commanders().stream().map(Commander::name).toList());
    }
}
