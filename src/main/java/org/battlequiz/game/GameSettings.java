package org.battlequiz.game;

/** What the host chose: how many questions, seconds for each, and whether points reward speed. */
public record GameSettings(int questions, int seconds, boolean speedPoints) {
    public static final int DEFAULT_SECONDS = 20;
}
