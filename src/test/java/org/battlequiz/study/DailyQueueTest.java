package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DailyQueueTest {

    private static final Instant NOW = Instant.parse("2024-05-03T08:00:00Z");

    private static DeckCard card(long id, CardPhase phase, Duration dueFromNow) {
        Instant due = NOW.plus(dueFromNow);
        Instant last = phase == CardPhase.NEW ? null : due.minus(Duration.ofDays(1));
        return new DeckCard(id, new CardState(phase, 0, 2, 5, due, last, phase == CardPhase.NEW ? 0 : 1, 0));
    }

    private static List<Long> ids(DailyQueue queue) {
        return queue.cards().stream().map(DeckCard::cardId).toList();
    }

    @Test
    void learningComesFirstThenMostOverdueReviewsThenNewCards() {
        List<DeckCard> deck = List.of(
                card(1, CardPhase.NEW, Duration.ofDays(-3)),
                card(2, CardPhase.REVIEW, Duration.ofHours(-1)),
                card(3, CardPhase.REVIEW, Duration.ofDays(-4)),
                card(4, CardPhase.RELEARNING, Duration.ofMinutes(-2)),
                card(5, CardPhase.LEARNING, Duration.ofMinutes(-30)),
                card(6, CardPhase.NEW, Duration.ofDays(-5)));
        DailyQueue queue = DailyQueue.build(deck, NOW, 20);
        assertEquals(List.of(5L, 4L, 3L, 2L, 6L, 1L), ids(queue));
        assertEquals(new DueCounts(2, 2, 2), queue.counts());
        assertEquals(6, queue.counts().total());
    }

    @Test
    void cardsDueLaterStayOutAndTellWhenToComeBack() {
        List<DeckCard> deck = List.of(
                card(1, CardPhase.REVIEW, Duration.ofDays(2)),
                card(2, CardPhase.LEARNING, Duration.ofMinutes(8)),
                card(3, CardPhase.REVIEW, Duration.ZERO));
        DailyQueue queue = DailyQueue.build(deck, NOW, 20);
        assertEquals(List.of(3L), ids(queue));
        assertEquals(NOW.plus(Duration.ofMinutes(8)), queue.nextDue());
    }

    @Test
    void dailyNewCardLimitCapsNewCardsOnly() {
        List<DeckCard> deck = List.of(
                card(1, CardPhase.NEW, Duration.ofDays(-1)),
                card(2, CardPhase.NEW, Duration.ofDays(-2)),
                card(3, CardPhase.NEW, Duration.ofDays(-3)),
                card(4, CardPhase.REVIEW, Duration.ofDays(-1)));
        DailyQueue queue = DailyQueue.build(deck, NOW, 2);
        assertEquals(List.of(4L, 3L, 2L), ids(queue));
        assertEquals(new DueCounts(2, 0, 1), queue.counts());
        assertEquals(List.of(4L), ids(DailyQueue.build(deck, NOW, -1)));
    }

    @Test
    void emptyDeckGivesEmptyQueue() {
        DailyQueue queue = DailyQueue.build(List.of(), NOW, 20);
        assertTrue(queue.isEmpty());
        assertEquals(0, queue.counts().total());
        assertNull(queue.nextDue());
    }

    @Test
    void freshlyCreatedCardsFromTheSchedulerAreDueAtOnce() {
        FsrsScheduler scheduler = FsrsScheduler.withDefaults();
        CardState learned = scheduler.review(CardState.newCard(NOW), Rating.GOOD, NOW).card();
        List<DeckCard> deck = List.of(new DeckCard(1, CardState.newCard(NOW)), new DeckCard(2, learned));
        DailyQueue now = DailyQueue.build(deck, NOW, 10);
        assertEquals(new DueCounts(1, 0, 0), now.counts());
        DailyQueue later = DailyQueue.build(deck, NOW.plus(Duration.ofMinutes(10)), 10);
        assertEquals(List.of(2L, 1L), ids(later));
    }
}
