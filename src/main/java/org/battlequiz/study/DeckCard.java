package org.battlequiz.study;

/** A card of a learner's deck: the caller's id for it and its scheduling state. */
public record DeckCard(long cardId, CardState state) {
}
