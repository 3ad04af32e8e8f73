package org.battlequiz.game;

/** A set as the "host a live game" form presents it. */
public record SetChoice(long id, String title, int playable, int skipped) {
}
