package org.battlequiz.article;

/** The value of each cue for one candidate seam. */
final class SeamCues {
    private final double[] values = new double[SeamCue.values().length];

    SeamCues set(SeamCue cue, double value) {
        values[cue.ordinal()] = value;
        return this;
    }

    double get(SeamCue cue) {
        return values[cue.ordinal()];
    }

    double[] values() {
        return values.clone();
    }
}
