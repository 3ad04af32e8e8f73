package org.battlequiz.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.ItemFact;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.ReviewStatus;
import org.junit.jupiter.api.Test;

/** What regenerating does to each stored item, decided from the items and the generator's new output alone. */
class RegenerationPlanTest {
    private static final ItemFact COLE_LEFT = new ItemFact("commander:sir cole", "Sir Cole was a commander of Arden.",
            "Commanders and leaders, Arden: Lord Ashby, Sir Cole");
    private static final ItemFact COLE_RIGHT = new ItemFact("commander:sir cole", "Sir Cole was a commander of Brenn.",
            "Commanders and leaders, Brenn: Marshal Dace, Sir Cole");
    private static final ItemFact DATE = new ItemFact("date", "The battle was fought on 25 October 1415.", "");
    private static final ItemFact PLACE = new ItemFact("location", "It was fought at Arden.", "Location: Arden");

    private static QuestionContent item(String prompt, String key) {
        return new QuestionContent(QuestionType.SINGLE_CHOICE, prompt, List.of(), List.of(key, "B", "C"), List.of(key),
                null, "", "line", "commander", 0.5, "gen-6");
    }

    private static GenerationResult result(List<QuestionContent> items, List<ItemFact> facts) {
        Map<String, ItemFact> supported = new java.util.HashMap<>();
        facts.forEach(f -> supported.put(f.id(), f));
        return new GenerationResult("Battle", items, Map.of(), List.of(), facts, supported);
    }

    private static RegenerationPlan.Existing stored(long id, ReviewStatus status, ItemFact fact, QuestionContent content) {
        return new RegenerationPlan.Existing(id, status, true, fact == null ? null : fact.id(),
                fact == null ? null : fact.fingerprint(), null, content);
    }

    @Test
    void anAcceptedItemWhoseFactReadsAsBeforeStaysAndItsFactIsNotAskedAgain() {
        QuestionContent dateItem = item("When was it fought?", "1415");
        GenerationResult now = result(List.of(item("When was the battle fought?", "1415"), item("Where?", "Arden")),
                List.of(DATE, PLACE));
        RegenerationPlan.Outcome plan = RegenerationPlan.plan(List.of(stored(1, ReviewStatus.EDITED, DATE, dateItem)), now);
        assertEquals(Map.of(), plan.flags());
        assertEquals(List.of(1), plan.added());
        assertEquals(1, plan.kept());
    }

    @Test
    void anAcceptedItemWhoseFactChangedIsFlaggedWithBeforeAndAfterAndTheNewItemArrivesPending() {
        GenerationResult now = result(List.of(item("Who led Brenn?", "Sir Cole")), List.of(COLE_RIGHT));
        RegenerationPlan.Outcome plan = RegenerationPlan.plan(List.of(
                stored(7, ReviewStatus.ACCEPTED, COLE_LEFT, item("Who led Arden?", "Sir Cole"))), now);
        RegenerationPlan.Flag flag = plan.flags().get(7L);
        assertEquals("Its fact was corrected: it said \u201cSir Cole was a commander of Arden.\u201d, it now says "
                + "\u201cSir Cole was a commander of Brenn.\u201d. Check its answer and options.", flag.reason());
        assertEquals(COLE_RIGHT.fingerprint(), flag.factPrint());
        assertEquals(List.of(0), plan.added());
    }

    @Test
    void anAcceptedItemWhoseFactIsGoneIsFlaggedNotLeftWrong() {
        RegenerationPlan.Outcome plan = RegenerationPlan.plan(List.of(
                stored(3, ReviewStatus.ACCEPTED, COLE_LEFT, item("Who led Arden?", "Sir Cole"))),
                result(List.of(), List.of()));
        assertTrue(plan.flags().get(3L).reason().startsWith("The fact it asks about is no longer in the facts"));
        assertEquals("", plan.flags().get(3L).factPrint());
        RegenerationPlan.Existing acceptedAgain = new RegenerationPlan.Existing(3, ReviewStatus.ACCEPTED, true,
                COLE_LEFT.id(), "", null, item("Who led Arden?", "Sir Cole"));
        assertNull(RegenerationPlan.reasonToReview(acceptedAgain, result(List.of(), List.of())),
                "accepted again after the flag, it counts as checked");
    }

    @Test
    void unreviewedItemsGiveWayExceptOnesGeneratedAgainUnchanged() {
        QuestionContent same = item("Where?", "Arden");
        GenerationResult now = result(List.of(same, item("When?", "1415")), List.of(PLACE, DATE));
        RegenerationPlan.Outcome plan = RegenerationPlan.plan(List.of(
                stored(1, ReviewStatus.PENDING, PLACE, same),
                stored(2, ReviewStatus.PENDING, COLE_LEFT, item("Who led Arden?", "Sir Cole"))), now);
        assertEquals(List.of(2L), plan.removed());
        assertEquals(List.of(1), plan.added());
        assertEquals(1, plan.kept());
    }

    @Test
    void rejectedWrittenAndFlaggedItemsStayAndARejectedItemIsNotOfferedAgain() {
        QuestionContent rejected = item("Where?", "Arden");
        RegenerationPlan.Existing written = new RegenerationPlan.Existing(4, ReviewStatus.ACCEPTED, false, null, null,
                null, item("Own question", "X"));
        RegenerationPlan.Existing flagged = new RegenerationPlan.Existing(5, ReviewStatus.PENDING, true, "x", "y",
                "Its fact was corrected", item("Old", "Y"));
        RegenerationPlan.Outcome plan = RegenerationPlan.plan(List.of(stored(3, ReviewStatus.REJECTED, PLACE, rejected),
                written, flagged), result(List.of(rejected), List.of(PLACE)));
        assertEquals(Map.of(), plan.flags());
        assertEquals(List.of(), plan.removed());
        assertEquals(List.of(), plan.added());
    }

    @Test
    void anItemFromBeforeFactsWereTrackedIsFlaggedUnlessGeneratedAgainAsItIs() {
        QuestionContent old = item("Where?", "Arden");
        RegenerationPlan.Outcome same = RegenerationPlan.plan(List.of(stored(1, ReviewStatus.ACCEPTED, null, old)),
                result(List.of(old), List.of(PLACE)));
        assertEquals(Map.of(), same.flags());
        assertEquals(List.of(), same.added());
        RegenerationPlan.Outcome changed = RegenerationPlan.plan(List.of(stored(1, ReviewStatus.ACCEPTED, null, old)),
                result(List.of(item("Where was it?", "Ford")), List.of(PLACE)));
        assertTrue(changed.flags().get(1L).reason().startsWith("Generated before facts were tracked"));
    }
}
