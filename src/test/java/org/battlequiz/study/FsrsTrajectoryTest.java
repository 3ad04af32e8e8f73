package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Stability, difficulty and due time after every step, as py-fsrs 6.3.2 (fuzz off, default weights, retention 0.9)
 * gives them; the interval history of {@link FsrsReferenceValuesTest} checked one level deeper.
 */
class FsrsTrajectoryTest {
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    private record Step(Rating rating, CardPhase phase, double stability, double difficulty, String due) {
    }

    @Test
    void everyStepOfGoodsLapsesAndRecoveryMatchesPyFsrs() {
        Step[] steps = {
            new Step(Rating.GOOD, CardPhase.LEARNING, 2.3065, 2.118103970459016, "2022-11-29T12:40:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 2.3065, 2.111214235785395, "2022-12-01T12:40:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 10.971048263078135, 2.1043313908464483, "2022-12-12T12:40:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 46.316858440073425, 2.0974554287524403, "2023-01-27T12:40:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 162.99981577472244, 2.0905863426205262, "2023-07-09T12:40:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 497.8765551245907, 2.083724125574744, "2024-11-18T12:40:00Z"),
            new Step(Rating.AGAIN, CardPhase.RELEARNING, 6.890412507565338, 7.383202320049203, "2024-11-18T12:50:00Z"),
            new Step(Rating.AGAIN, CardPhase.RELEARNING, 2.154598374301973, 9.125104766121234, "2024-11-18T13:00:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 2.154598374301973, 9.11120803065195, "2024-11-20T13:00:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 3.9831233795187773, 9.097325191918136, "2024-11-24T13:00:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 7.236254476883319, 9.083456236023055, "2024-12-01T13:00:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 12.483043578674472, 9.06960114908387, "2024-12-13T13:00:00Z"),
            new Step(Rating.GOOD, CardPhase.REVIEW, 20.77035728499242, 9.055759917231622, "2025-01-03T13:00:00Z")};
        Instant now = Instant.parse("2022-11-29T12:30:00Z");
        CardState card = CardState.newCard(now);
        for (int i = 0; i < steps.length; i++) {
            card = scheduler.review(card, steps[i].rating(), now).card();
            assertStep(steps[i], card, "step " + i);
            now = card.due();
        }
    }

    @Test
    void aReviewThreeDaysLateGrowsStabilityMoreThanOneOnTime() {
        Instant start = Instant.parse("2026-09-17T01:00:00Z");
        CardState learning = scheduler.review(CardState.newCard(start), Rating.GOOD, start).card();
        CardState review = scheduler.review(learning, Rating.GOOD, learning.due()).card();
        assertStep(new Step(Rating.GOOD, CardPhase.REVIEW, 2.3065, 2.111214235785395, "2026-09-19T01:10:00Z"),
                review, "base");
        Instant late = review.due().plus(Duration.ofDays(3));
        assertStep(new Step(Rating.AGAIN, CardPhase.RELEARNING, 0.6827348149809292, 7.392238132342694,
                "2026-09-22T01:20:00Z"), scheduler.review(review, Rating.AGAIN, late).card(), "late again");
        assertStep(new Step(Rating.HARD, CardPhase.REVIEW, 11.852915497576285, 4.748284761594571,
                "2026-10-04T01:10:00Z"), scheduler.review(review, Rating.HARD, late).card(), "late hard");
        assertStep(new Step(Rating.GOOD, CardPhase.REVIEW, 18.180153970030403, 2.1043313908464483,
                "2026-10-10T01:10:00Z"), scheduler.review(review, Rating.GOOD, late).card(), "late good");
        assertStep(new Step(Rating.EASY, CardPhase.REVIEW, 32.03626652046994, 1.0,
                "2026-10-24T01:10:00Z"), scheduler.review(review, Rating.EASY, late).card(), "late easy");

        CardState relearning = scheduler.review(review, Rating.AGAIN, review.due()).card();
        Instant due = relearning.due();
        assertStep(new Step(Rating.AGAIN, CardPhase.RELEARNING, 0.22294679606919743, 9.128074776178583,
                "2026-09-19T01:30:00Z"), scheduler.review(relearning, Rating.AGAIN, due).card(), "relearn again");
        assertStep(new Step(Rating.HARD, CardPhase.RELEARNING, 0.6077016626638644, 8.254074519842886,
                "2026-09-19T01:35:00Z"), scheduler.review(relearning, Rating.HARD, due).card(), "relearn hard");
        assertStep(new Step(Rating.GOOD, CardPhase.REVIEW, 0.6597976257475758, 7.38007426350719,
                "2026-09-20T01:20:00Z"), scheduler.review(relearning, Rating.GOOD, due).card(), "relearn good");
        assertStep(new Step(Rating.EASY, CardPhase.REVIEW, 1.1350513376989504, 6.5060740071714935,
                "2026-09-20T01:20:00Z"), scheduler.review(relearning, Rating.EASY, due).card(), "relearn easy");
    }

    private static void assertStep(Step expected, CardState card, String what) {
        assertEquals(expected.phase(), card.state(), what + " phase");
        assertEquals(expected.stability(), card.stability(), 1e-6, what + " stability");
        assertEquals(expected.difficulty(), card.difficulty(), 1e-6, what + " difficulty");
        assertEquals(Instant.parse(expected.due()), card.due(), what + " due");
    }
}
