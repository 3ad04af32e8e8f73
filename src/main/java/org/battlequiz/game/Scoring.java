package org.battlequiz.game;

/**
 * Points for one answer. A right answer earns {@value #FULL}; when speed counts it earns
 * FULL × (1 − t / 2T) for an answer after t of the T seconds allowed, so from 1,000 at once down to 500 at the
 * last moment. Partial credit earns that share of the points. Each right answer in a row before this one adds
 * {@value #STREAK_STEP}, up to {@value #STREAK_MAX}. A wrong or partly right answer ends the streak. Plain Java.
 */
public final class Scoring {
    public static final int FULL = 1000;
    public static final int STREAK_STEP = 100;
    public static final int STREAK_MAX = 500;

    /** points: what the answer earned in all; streak: the right answers in a row counting this one */
    public record Outcome(int points, int bonus, int streak, boolean right) {
    }

    private Scoring() {
    }

    public static Outcome score(double fraction, long elapsedMillis, long limitMillis, boolean speedCounts,
                                int streakBefore) {
        double credit = Math.max(0, Math.min(1, fraction));
        boolean right = credit >= 1;
        double speed = 1;
        if (speedCounts && limitMillis > 0) {
            double used = Math.max(0, Math.min(1, (double) elapsedMillis / limitMillis));
            speed = 1 - used / 2;
        }
        int base = (int) Math.round(FULL * credit * speed);
        int bonus = right ? streakBonus(streakBefore) : 0;
        return new Outcome(base + bonus, bonus, right ? streakBefore + 1 : 0, right);
    }

    /** The bonus a right answer earns after this many right answers in a row. */
    public static int streakBonus(int streakBefore) {
        return Math.min(STREAK_MAX, STREAK_STEP * Math.max(0, streakBefore));
    }
}
