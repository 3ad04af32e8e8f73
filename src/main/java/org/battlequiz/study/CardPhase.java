package org.battlequiz.study;

/** Where a card stands in the FSRS learning cycle. */
public enum CardPhase {
    NEW, LEARNING, REVIEW, RELEARNING
}
