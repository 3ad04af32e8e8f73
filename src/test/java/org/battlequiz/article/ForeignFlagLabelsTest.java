package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignFlagLabelsTest {
    private static final String HEAD = """
            Battle of Kessel Ridge

            Battle of Kessel Ridge
            Part of the Northern War
            DateAugust 4 – September 18, 1950
            LocationKessel, Ostland
            ResultUnited Nations victory

             United Nations

             North Korea
            Commanders and leaders
            """;

    private static List<String> commanders(ParsedArticle article, int side) {
        return article.sides().get(side).commanders().stream().map(Commander::name).toList();
    }

    @Test
    void flagsOfStatesNamingNoBelligerentStayWithTheirColumn() {
        ParsedArticle article = new ArticleParser().parse(HEAD + """
                United States Adam Carter
                United States Brian Dole
                South Korea Park Min-ho
                South Korea Lee Jae-sung
                United States Carl Evans
                United States Dean Fisk
                North Korea Ri Tae-il
                North Korea Pak Sun
                North Korea Han Ho Jin
                Units involved
                """);
        assertEquals(List.of("Adam Carter", "Brian Dole", "Park Min-ho", "Lee Jae-sung", "Carl Evans", "Dean Fisk"),
                commanders(article, 0));
        assertEquals(List.of("Ri Tae-il", "Pak Sun", "Han Ho Jin"), commanders(article, 1));
    }

    @Test
    void aWordRepeatedAfterAStateFlagStartsTheName() {
        ParsedArticle article = new ArticleParser().parse(HEAD + """
                United States Adam Carter
                United States Brian Dole
                North Korea Kim Tae-il
                North Korea Kim Sun
                North Korea Kim Ho Jin
                Units involved
                """);
        assertEquals(List.of("Kim Tae-il", "Kim Sun", "Kim Ho Jin"), commanders(article, 1));
    }

    @Test
    void aStatusMarkAfterAWideGapBelongsToTheNameBeforeIt() {
        ParsedArticle article = new ArticleParser().parse("""
                Battle of Sava Ford
                Date11 April 1241
                LocationSava Ford
                ResultOrdan victory
                Belligerents
                Kingdom of Velmar
                Ordan Horde
                Commanders and leaders
                Velmar Arms.svg Istvan IV of Velmar
                Coat of arms of Drava.svg Kalman of Drava  DOW)
                Velmar Arms.svg Pal Ugron  
                Velmar Arms.svg Mate Rozsa  
                Coat of arms of Lenz.svg Otto II of Lenz
                Velmar Arms.svg Denes Tarr  
                Ordan Khan
                Units involved
                """);
        assertEquals(List.of("Istvan IV of Velmar", "Kalman of Drava", "Pal Ugron", "Mate Rozsa", "Otto II of Lenz",
                "Denes Tarr"), commanders(article, 0));
        assertEquals("DOW", article.sides().get(0).commanders().get(1).note());
        assertEquals(List.of("Ordan Khan"), commanders(article, 1));
    }
}
