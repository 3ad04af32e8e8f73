package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.question.QuestionContent;
import org.battlequiz.question.QuestionType;
import org.junit.jupiter.api.Test;

class TimelineAndClozeItemsTest {

    private static List<QuestionContent> items(ItemStrategy strategy, Battle battle, long seed) {
        return strategy.drafts(battle, new Random(seed)).stream().map(Draft::content).toList();
    }

    @Test
    void bodyTimelineOrdersDatedClausesWithTheirDatesRemoved() {
        QuestionContent q = items(new TimelineItems(), new Battle(Fixtures.oakfield(), List.of()), 3).get(0);
        assertEquals(QuestionType.ORDERING, q.type());
        assertEquals(List.of("The Lancastrians had taken Kent",
                "The battle was fought in a snowstorm near Oakfield during the Wars of the Roses.",
                "Edward had been crowned."), q.keys());
        assertFalse(q.options().equals(q.keys()));
    }

    @Test
    void bankTimelineOrdersBattlesByTheirStartDate() {
        QuestionContent q = items(new TimelineItems(), new Battle(Fixtures.oakfield(),
                List.of(OtherBattles.hastingsLike(), Fixtures.contested())), 1).stream()
                .filter(i -> i.prompt().startsWith("Put these battles")).findFirst().orElse(null);
        assertEquals(null, q, "two battles with the same year are not a timeline");
        QuestionContent three = items(new TimelineItems(), new Battle(Fixtures.oakfield(), Corpus.bank()), 1).stream()
                .filter(i -> i.prompt().startsWith("Put these battles")).findFirst().orElseThrow();
        assertTrue(three.keys().indexOf("Battle of Oakfield") >= 0);
    }

    @Test
    void clozeBlanksOneKeyTermOnceAndAcceptsItsOtherForms() {
        for (long seed = 0; seed < 6; seed++) {
            for (QuestionContent q : items(new ClozeItems(), new Battle(Fixtures.oakfield(), List.of()), seed)) {
                assertEquals(2, q.prompt().split("____", -1).length, q::prompt);
                assertTrue(q.keys().stream().noneMatch(k -> q.prompt().contains(k)), q::toString);
                assertTrue(Fixtures.FIELD_TEXT.contains(q.source()));
            }
        }
        assertEquals(List.of("Henry V of England", "Henry V"), Terms.forms("Henry V of England"));
        assertTrue(Terms.forms("King Wu of Zhou").contains("King Wu"));
    }

    @Test
    void eventTextDropsDatePhrasesAndReferences() {
        assertEquals("The Red Army launched Operation Uranus.",
                TimelineItems.eventText("On 19 November 1942 the Red Army launched Operation Uranus.[1]"));
    }
}
