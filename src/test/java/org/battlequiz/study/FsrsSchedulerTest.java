package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2024-03-01T09:00:00Z");
    private final FsrsScheduler scheduler = FsrsScheduler.withDefaults();

    private static CardState reviewAll(FsrsScheduler s, CardState card, Rating... ratings) {
        for (Rating rating : ratings) {
            card = s.review(card, rating, card.due()).card();
        }
        return card;
    }

    @Test
    void newCardWalksTheDefaultLearningSteps() {
        SchedulingPreview preview = scheduler.preview(CardState.newCard(START), START);
        assertEquals(Duration.ofMinutes(1), preview.outcome(Rating.AGAIN).interval());
        assertEquals(Duration.ofSeconds(330), preview.outcome(Rating.HARD).interval());
        assertEquals(Duration.ofMinutes(10), preview.outcome(Rating.GOOD).interval());
        assertEquals(1, preview.outcome(Rating.GOOD).card().step());
        CardState graduated = reviewAll(scheduler, CardState.newCard(START), Rating.GOOD, Rating.GOOD);
        assertEquals(CardPhase.REVIEW, graduated.state());
        assertTrue(Duration.between(graduated.lastReview(), graduated.due()).toDays() >= 1);
    }

    @Test
    void previewLabelsReadLikeButtons() {
        SchedulingPreview preview = scheduler.preview(CardState.newCard(START), START);
        assertEquals("1 min", preview.intervalLabel(Rating.AGAIN));
        assertEquals("6 min", preview.intervalLabel(Rating.HARD));
        assertEquals("10 min", preview.intervalLabel(Rating.GOOD));
        assertEquals("8 days", preview.intervalLabel(Rating.EASY));
    }

    @Test
    void hardOnASingleLearningStepWaitsOneAndAHalfSteps() {
        FsrsScheduler oneStep = new FsrsScheduler(FsrsSettings.defaults()
                .withSteps(List.of(Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10))));
        ReviewResult hard = oneStep.review(CardState.newCard(START), Rating.HARD, START);
        assertEquals(CardPhase.LEARNING, hard.card().state());
        assertEquals(Duration.ofMinutes(15), hard.interval());
    }

    @Test
    void hardOnTheSecondLearningStepRepeatsThatStep() {
        CardState second = scheduler.review(CardState.newCard(START), Rating.GOOD, START).card();
        ReviewResult hard = scheduler.review(second, Rating.HARD, second.due());
        assertEquals(1, hard.card().step());
        assertEquals(Duration.ofMinutes(10), hard.interval());
    }

    @Test
    void forgettingAReviewCardRelearnsAndCountsALapse() {
        CardState review = reviewAll(scheduler, CardState.newCard(START), Rating.GOOD, Rating.GOOD, Rating.GOOD);
        ReviewResult again = scheduler.review(review, Rating.AGAIN, review.due());
        assertEquals(CardPhase.RELEARNING, again.card().state());
        assertEquals(Duration.ofMinutes(10), again.interval());
        assertEquals(1, again.card().lapses());
        assertTrue(again.card().stability() < review.stability());
        CardState stillRelearning = reviewAll(scheduler, again.card(), Rating.AGAIN);
        assertEquals(CardPhase.RELEARNING, stillRelearning.state());
        assertEquals(1, stillRelearning.lapses());
        CardState back = reviewAll(scheduler, stillRelearning, Rating.GOOD);
        assertEquals(CardPhase.REVIEW, back.state());
        assertEquals(6, back.reps());
    }

    @Test
    void withoutLearningStepsEveryFirstAnswerGraduates() {
        FsrsScheduler noSteps = new FsrsScheduler(FsrsSettings.defaults().withSteps(List.of(), List.of()));
        ReviewResult again = noSteps.review(CardState.newCard(START), Rating.AGAIN, START);
        assertEquals(CardPhase.REVIEW, again.card().state());
        assertTrue(again.interval().toDays() >= 1);
        ReviewResult lapse = noSteps.review(again.card(), Rating.AGAIN, again.card().due());
        assertEquals(CardPhase.REVIEW, lapse.card().state());
        assertEquals(1, lapse.card().lapses());
    }

    @Test
    void intervalsNeverExceedTheMaximum() {
        FsrsScheduler capped = new FsrsScheduler(FsrsSettings.defaults().withMaximumIntervalDays(100));
        CardState card = CardState.newCard(START);
        for (Rating rating : List.of(Rating.EASY, Rating.GOOD, Rating.EASY, Rating.GOOD, Rating.EASY)) {
            ReviewResult result = capped.review(card, rating, card.due());
            assertTrue(result.interval().toDays() <= 100, result.interval().toString());
            card = result.card();
        }
        assertEquals(100, Duration.between(card.lastReview(), card.due()).toDays());
    }

    @Test
    void higherDesiredRetentionSchedulesSooner() {
        CardState card = reviewAll(scheduler, CardState.newCard(START), Rating.GOOD, Rating.GOOD, Rating.GOOD);
        FsrsScheduler strict = new FsrsScheduler(FsrsSettings.defaults().withDesiredRetention(0.97));
        long normal = scheduler.review(card, Rating.GOOD, card.due()).interval().toDays();
        long sooner = strict.review(card, Rating.GOOD, card.due()).interval().toDays();
        assertTrue(sooner < normal, sooner + " < " + normal);
    }

    @Test
    void stabilityNeverFallsBelowItsFloor() {
        CardState card = CardState.newCard(START);
        for (int i = 0; i < 1000; i++) {
            card = scheduler.review(card, Rating.AGAIN, card.due().plus(Duration.ofDays(1))).card();
            assertTrue(card.stability() >= FsrsModel.MIN_STABILITY);
        }
    }

    @Test
    void seededFuzzIsReproducibleAndStaysNearTheInterval() {
        CardState card = reviewAll(scheduler, CardState.newCard(START), Rating.GOOD, Rating.GOOD, Rating.GOOD);
        long plain = scheduler.review(card, Rating.GOOD, card.due()).interval().toDays();
        Set<Long> seen = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            FsrsScheduler fuzzed = new FsrsScheduler(FsrsSettings.defaults().withFuzzSeed(seed));
            long days = fuzzed.review(card, Rating.GOOD, card.due()).interval().toDays();
            assertEquals(days, fuzzed.review(card, Rating.GOOD, card.due()).interval().toDays());
            assertEquals(days, fuzzed.preview(card, card.due()).outcome(Rating.GOOD).interval().toDays());
            assertTrue(Math.abs(days - plain) <= Math.max(2, plain / 5), days + " vs " + plain);
            seen.add(days);
        }
        assertTrue(seen.size() > 1, "fuzz never moved the interval");
    }

    @Test
    void fuzzLeavesShortIntervalsAlone() {
        FsrsScheduler fuzzed = new FsrsScheduler(FsrsSettings.defaults().withFuzzSeed(7));
        CardState graduated = reviewAll(fuzzed, CardState.newCard(START), Rating.GOOD, Rating.GOOD);
        CardState plain = reviewAll(scheduler, CardState.newCard(START), Rating.GOOD, Rating.GOOD);
        assertEquals(plain.due(), graduated.due());
    }

    @Test
    void sameDayReviewOfAReviewCardUsesShortTermStability() {
        CardState easy = scheduler.review(CardState.newCard(START), Rating.EASY, START).card();
        CardState goodSameDay = scheduler.review(easy, Rating.GOOD, START.plus(Duration.ofHours(2))).card();
        CardState hardSameDay = scheduler.review(easy, Rating.HARD, START.plus(Duration.ofHours(2))).card();
        CardState hardOnTime = scheduler.review(easy, Rating.HARD, easy.due()).card();
        CardState againSameDay = scheduler.review(easy, Rating.AGAIN, START.plus(Duration.ofHours(2))).card();
        assertEquals(easy.stability(), goodSameDay.stability(), 1e-12);
        assertEquals(easy.stability(), hardSameDay.stability(), 1e-12, "a same-day Hard never lowers stability");
        assertTrue(againSameDay.stability() < easy.stability());
        assertTrue(hardOnTime.stability() > easy.stability());
        assertNotEquals(hardSameDay.difficulty(), easy.difficulty());
    }

    @Test
    void settingsRejectWrongWeightCountAndRetention() {
        FsrsSettings defaults = FsrsSettings.defaults();
        List<Double> twenty = FsrsSettings.DEFAULT_WEIGHTS.subList(0, 20);
        assertThrows(IllegalArgumentException.class, () -> new FsrsSettings(twenty, 0.9, List.of(), List.of(), 10, false, 0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withDesiredRetention(1.0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaximumIntervalDays(0));
        assertThrows(IllegalArgumentException.class,
                () -> new SchedulingPreview(Collections.emptyMap()));
    }
}
