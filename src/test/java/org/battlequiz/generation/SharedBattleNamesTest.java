package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.junit.jupiter.api.Test;

class SharedBattleNamesTest {
    private static final String PAGE = """
            Battle of Harrow (301 BC)

            Battle of Harrow
            Part of %s
            Date301 BC
            LocationHarrow, Lower Orva
            ResultOstrian victory
            Belligerents
            Ostria
            Velland
            Commanders and leaders
            Anton Varel
            Mirek Sorn

            %s
            """;

    private static Battle battle(String lead) {
        return battle("the Salt War", lead);
    }

    private static Battle battle(String partOf, String lead) {
        ParsedArticle article = new ArticleParser().parse(PAGE.formatted(partOf, lead));
        return new Battle(article, List.of());
    }

    @Test
    void aBattleThePageTellsApartFromAnotherOfItsNameIsAskedWithItsWar() {
        assertEquals("the Battle of Harrow, part of the Salt War,", DateItems.identified(battle(
                "The Battle of Harrow was fought in 301 BC. For a later battle at the same ford, see the Battle of Harrow"
                        + " (212 BC), which ended the Second Salt War.")));
    }

    @Test
    void aBattleWhoseYearTheLeadGivesInBracketsIsNamedAsItIs() {
        assertEquals("the Battle of Harrow", DateItems.identified(battle(
                "The Battle of Harrow (301 BC) was the last battle of the Salt War, fought at the ford of Harrow.")));
    }

    @Test
    void aListOfConflictsNamesTheFirstWithoutItsYears() {
        assertEquals("the Battle of Harrow, part of the Harrow campaign,", DateItems.identified(battle(
                "the Harrow campaign (303–present BC), the Salt War (310–298 BC), and the Orvan conflict",
                "The Battle of Harrow was fought in 301 BC. For a later battle at the same ford, see the Battle of Harrow"
                        + " (212 BC).")));
    }
}
