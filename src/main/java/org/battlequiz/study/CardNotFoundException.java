package org.battlequiz.study;

import org.battlequiz.DomainException;

/** The card is not in the learner's deck. */
public class CardNotFoundException extends DomainException {
    public CardNotFoundException(long cardId) {
        super(404, "There is no card " + cardId + " in this deck.");
    }
}
