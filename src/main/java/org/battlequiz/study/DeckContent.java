package org.battlequiz.study;

import java.time.Instant;
import java.util.List;

/**
 * A deck as one learner may study it: its title, its set (null for mistakes), its cards in order, and for a deck
 * gone through once (an attempt's wrong items) the moment from which a graded card counts as done.
 */
record DeckContent(String title, Long setId, List<StudyCard> cards, Instant goneThroughSince) {
}
