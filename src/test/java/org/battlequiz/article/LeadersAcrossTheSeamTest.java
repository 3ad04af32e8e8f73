package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadersAcrossTheSeamTest {
    private static final String INFOBOX = """
            Battle of Orrada
            Part of the Border Wars
            Date14 May 1402
            Result Castilian victory
             Kingdom of Portugal Kingdom of Castile
            Commanders and leaders
            Count of Arvela
            Duarte Pena  (POW)
            Count Aldo Brenn
            Rui Tarro
            Lord of Vessa
            Tomas Avel
            Casualties and losses
            4,000 1,000

            """;

    private static List<List<String>> commanders(String body) {
        ParsedArticle article = new ArticleParser().parse(INFOBOX + body);
        return article.sides().stream().map(side -> side.commanders().stream().map(Commander::name).toList()).toList();
    }

    @Test
    void aManTheBodyPutsAtTheHeadOfTheOtherSidesForceCrossesTheSeamHeStandsBeside() {
        assertEquals(List.of(List.of("Count of Arvela", "Duarte Pena"),
                        List.of("Count Aldo Brenn", "Rui Tarro", "Lord of Vessa", "Tomas Avel")),
                commanders("A Castilian force under Count Aldo Brenn beat a Portuguese army under the command of the Count"
                        + " of Arvela and Duarte Pena at Orrada. A Portuguese troop under Pero Tarro came too late."));
    }
}
