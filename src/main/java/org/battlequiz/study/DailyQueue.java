package org.battlequiz.study;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Today's study queue: due learning and relearning cards first, then due reviews (most overdue first),
 * then new cards up to what is left of the daily new-card limit. {@code nextDue} is the earliest card
 * due later (null if none), for "come back in 8 minutes".
 */
public record DailyQueue(List<DeckCard> cards, DueCounts counts, Instant nextDue) {

    private static final Comparator<DeckCard> BY_DUE =
            Comparator.comparing((DeckCard c) -> c.state().due()).thenComparingLong(DeckCard::cardId);

    public DailyQueue {
        cards = List.copyOf(cards);
    }

    public static DailyQueue build(List<DeckCard> deck, Instant now, int newCardsLeftToday) {
        List<DeckCard> learning = new ArrayList<>();
        List<DeckCard> review = new ArrayList<>();
        List<DeckCard> fresh = new ArrayList<>();
        Instant nextDue = null;
        for (DeckCard card : deck) {
            if (!card.state().isDue(now)) {
                nextDue = nextDue == null || card.state().due().isBefore(nextDue) ? card.state().due() : nextDue;
                continue;
            }
            switch (card.state().state()) {
                case NEW -> fresh.add(card);
                case LEARNING, RELEARNING -> learning.add(card);
                case REVIEW -> review.add(card);
            }
        }
        learning.sort(BY_DUE);
        review.sort(BY_DUE);
        fresh.sort(BY_DUE);
        List<DeckCard> newToday = fresh.subList(0, Math.min(fresh.size(), Math.max(0, newCardsLeftToday)));
        List<DeckCard> ordered = new ArrayList<>(learning);
        ordered.addAll(review);
        ordered.addAll(newToday);
        return new DailyQueue(ordered, new DueCounts(newToday.size(), learning.size(), review.size()), nextDue);
    }

    /** Every card of the deck once, in deck order, due or not and new ones beyond the limit, but for those done. */
    public static DailyQueue goneThrough(List<DeckCard> deck, Set<Long> done) {
        List<DeckCard> left = deck.stream().filter(card -> !done.contains(card.cardId())).toList();
        int fresh = (int) left.stream().filter(card -> card.state().state() == CardPhase.NEW).count();
        int review = (int) left.stream().filter(card -> card.state().state() == CardPhase.REVIEW).count();
        return new DailyQueue(left, new DueCounts(fresh, left.size() - fresh - review, review), null);
    }

    public boolean isEmpty() {
        return cards.isEmpty();
    }
}
