package org.battlequiz.quiz;

/** How scores read on pages: "6.5 / 8" and a whole percentage. */
public final class ScoreText {
    private ScoreText() {
    }

    public static String of(double score, double maxScore) {
        return number(Math.round(score * 10) / 10.0) + " / " + number(maxScore);
    }

    public static long percent(double score, double maxScore) {
        return maxScore == 0 ? 0 : Math.round(100 * score / maxScore);
    }

    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
