package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class OutcomeAndSideItemsTest {

    private static List<QuestionContent> items(ItemStrategy strategy, ParsedArticle article) {
        return strategy.drafts(new Battle(article, List.of()), new Random(5)).stream().map(Draft::content).toList();
    }

    private static ParsedArticle inconclusive() {
        ParsedArticle a = Fixtures.oakfield();
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), "Inconclusive", null,
                a.sides(), a.bodyFacts(), a.fieldSources());
    }

    @Test
    void outcomeOptionsComeFromTheClosedVocabularyWithTheWinnerSwapped() {
        QuestionContent q = items(new OutcomeItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow();
        assertEquals("Decisive victory for the House of York", q.keys().get(0));
        assertTrue(q.options().containsAll(List.of("Decisive victory for the House of Lancaster", "Inconclusive",
                "Pyrrhic victory for the House of York")), q.options()::toString);
    }

    @Test
    void anInconclusiveBattleHasInconclusiveAsKeyAndNoTrueWinnerStatement() {
        List<QuestionContent> qs = items(new OutcomeItems(), inconclusive());
        assertEquals("Inconclusive", qs.get(0).keys().get(0));
        QuestionContent tf = qs.stream().filter(i -> i.type() == QuestionType.TRUE_FALSE).findFirst().orElseThrow();
        assertEquals("False", tf.keys().get(0));
    }

    @Test
    void winningSideSelectionHasTheWinnersAsKeys() {
        QuestionContent ms = items(new SideItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.MULTIPLE_SELECT && i.factKind().equals("commander"))
                .findFirst().orElseThrow();
        assertTrue(List.of("Edward of March", "Richard Neville").containsAll(ms.keys()), ms::toString);
        assertTrue(ms.options().contains("Henry Beaufort"));
    }

    @Test
    void eachPairOfOpponentsIsStatedOnlyOnce() {
        List<String> statements = items(new SideItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.TRUE_FALSE).map(QuestionContent::prompt).toList();
        assertEquals(1, statements.size(), statements::toString);
    }

    @Test
    void matchingPairsEachCommanderWithTheSideThatListsThem() {
        QuestionContent m = items(new SideItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.MATCHING).findFirst().orElseThrow();
        for (int i = 0; i < m.stems().size(); i++) {
            String expected = m.stems().get(i).equals("Henry Beaufort") ? "House of Lancaster" : "House of York";
            assertEquals(expected, m.keys().get(i));
        }
    }
}
