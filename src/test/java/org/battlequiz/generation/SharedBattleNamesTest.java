package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.ParsedArticle;
import org.junit.jupiter.api.Test;

class SharedBattleNamesTest {
    private static final String PAGE = """
            %s

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
        return battle("Battle of Harrow (301 BC)", partOf, lead);
    }

    private static Battle battle(String pageName, String partOf, String lead) {
        ParsedArticle article = new ArticleParser().parse(PAGE.formatted(pageName, partOf, lead));
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
        assertEquals("the Battle of Harrow", DateItems.identified(battle("Battle of Harrow", "the Salt War",
                "The Battle of Harrow (301 BC) was the last battle of the Salt War, fought at the ford of Harrow.")));
    }

    @Test
    void aListOfConflictsNamesTheFirstWithoutItsYears() {
        assertEquals("the Battle of Harrow, part of the Harrow campaign,", DateItems.identified(battle(
                "the Harrow campaign (303–present BC), the Salt War (310–298 BC), and the Orvan conflict",
                "The Battle of Harrow was fought in 301 BC. For a later battle at the same ford, see the Battle of Harrow"
                        + " (212 BC).")));
    }

    @Test
    void itemsThatDoNotAskWhenNameTheBattleWithTheYearsItsPageGivesAndDateItemsWithout() {
        Battle battle = battle("The Battle of Harrow was fought at the ford of Harrow.");
        assertEquals("the Battle of Harrow, part of the Salt War,", DateItems.identified(battle));
        assertEquals("the Battle of Harrow (301 BC)", battle.name());
        assertEquals("at the Battle of Harrow (301 BC)", battle.atName());
        List<org.battlequiz.generation.item.QuestionContent> items = new QuestionGenerator()
                .generate(battle.article(), List.of(), 7).questions();
        assertEquals(List.of(), items.stream().filter(q -> q.factKind().equals("date"))
                .filter(q -> q.prompt().contains("(301 BC)") || q.type() == org.battlequiz.generation.item.QuestionType.DATE)
                .toList());
        assertEquals(true, items.stream().anyMatch(q -> q.prompt().contains("the Battle of Harrow (301 BC)")),
                items::toString);
    }
}
