package org.battlequiz.game;

/** How many players gave one option (or, for typed items, a right, partly right or wrong answer). */
public record Tally(String label, OptionMark mark, long count, int percent, boolean right) {
}
