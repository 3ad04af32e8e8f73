package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected numbers are copied from the official FSRS-6 implementations' own tests:
 * py-fsrs tests/test_fsrs.py (test_review_card, test_memo_state, test_repeated_correct_reviews) and
 * ts-fsrs packages/fsrs/__tests__/FSRS-6.test.ts ("ivl_history", "memory state[short-term]", "first repeat",
 * "get retrievability"), whose memory-state values in turn cite fsrs-rs src/inference.rs.
 */
class FsrsReferenceValuesTest {

    private static final Instant START = Instant.parse("2022-11-29T12:30:00Z");
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    @Test
    void intervalHistoryMatchesPyFsrsAndTsFsrs() {
        List<Rating> ratings = List.of(Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD,
                Rating.AGAIN, Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        CardState card = CardState.newCard(START);
        Instant now = START;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            card = scheduler.review(card, rating, now).card();
            intervals.add(Duration.between(card.lastReview(), card.due()).toDays());
            now = card.due();
        }
        assertEquals(List.of(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L), intervals);
    }

    @Test
    void memoryStateAfterAgainAndFiveGoodsMatchesPublishedValues() {
        List<Rating> ratings = List.of(Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD);
        int[] daysBefore = {0, 0, 1, 3, 8, 21};
        CardState card = CardState.newCard(START);
        Instant now = START;
        for (int i = 0; i < ratings.size(); i++) {
            now = now.plus(Duration.ofDays(daysBefore[i]));
            card = scheduler.review(card, ratings.get(i), now).card();
        }
        assertEquals(53.62691, card.stability(), 1e-4);
        assertEquals(6.3574867, card.difficulty(), 1e-4);
    }

    @Test
    void firstReviewOfANewCardMatchesTsFsrsFirstRepeat() {
        SchedulingPreview preview = scheduler.preview(CardState.newCard(START), START);
        assertEquals(List.of(Rating.values()), List.copyOf(preview.outcomes().keySet()));
        double[] stability = {0.212, 1.2931, 2.3065, 8.2956};
        double[] difficulty = {6.4133, 5.11217071, 2.11810397, 1};
        long[] days = {0, 0, 0, 8};
        CardPhase[] phases = {CardPhase.LEARNING, CardPhase.LEARNING, CardPhase.LEARNING, CardPhase.REVIEW};
        for (Rating rating : Rating.values()) {
            CardState card = preview.outcome(rating).card();
            int i = rating.ordinal();
            assertEquals(stability[i], card.stability(), 1e-8, rating + " stability");
            assertEquals(difficulty[i], card.difficulty(), 1e-4, rating + " difficulty");
            assertEquals(days[i], preview.outcome(rating).interval().toDays(), rating + " days");
            assertEquals(phases[i], card.state(), rating + " state");
            assertEquals(1, card.reps());
            assertEquals(0, card.lapses());
        }
    }

    @Test
    void retrievabilityAtTheDueDateOfAnEasyCardMatchesTsFsrs() {
        CardState easy = scheduler.review(CardState.newCard(START), Rating.EASY, START).card();
        assertEquals(0.9024733, scheduler.retrievability(easy, easy.due()), 1e-7);
        assertEquals(0, scheduler.retrievability(CardState.newCard(START), START));
    }

    @Test
    void tenEasyReviewsDriveDifficultyToTheMinimum() {
        CardState card = CardState.newCard(START);
        for (int i = 0; i < 10; i++) {
            card = scheduler.review(card, Rating.EASY, START.plusNanos(1000L * i)).card();
        }
        assertEquals(1.0, card.difficulty());
    }
}
