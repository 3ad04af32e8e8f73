package org.battlequiz.article;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The weight of each seam cue, read once from lexicon/seam-weights.txt ("NAME value" per line). */
final class SeamWeights {
    static final String FILE = "seam-weights.txt";
    private static final SeamWeights SHIPPED = parse(Lexicon.lines(FILE));

    private final double[] weights;

    private SeamWeights(double[] weights) {
        this.weights = weights;
    }

    static SeamWeights shipped() {
        return SHIPPED;
    }

    /** Every cue exactly once; an unknown name, a missing cue or a repeated one is an error. */
    static SeamWeights parse(List<String> lines) {
        Map<SeamCue, Double> read = new EnumMap<>(SeamCue.class);
        for (String line : lines) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 2) {
                throw new IllegalStateException("seam weight line is not 'NAME value': " + line);
            }
            SeamCue cue;
            try {
                cue = SeamCue.valueOf(parts[0]);
            } catch (IllegalArgumentException unknown) {
                throw new IllegalStateException("unknown seam cue " + parts[0]);
            }
            if (read.put(cue, Double.parseDouble(parts[1])) != null) {
                throw new IllegalStateException("seam cue given twice: " + cue);
            }
        }
        double[] weights = new double[SeamCue.values().length];
        for (SeamCue cue : SeamCue.values()) {
            Double w = read.get(cue);
            if (w == null) {
                throw new IllegalStateException("no weight for seam cue " + cue);
            }
            weights[cue.ordinal()] = w;
        }
        return new SeamWeights(weights);
    }

    static SeamWeights of(double[] weights) {
        if (weights.length != SeamCue.values().length) {
            throw new IllegalArgumentException("one weight per seam cue");
        }
        return new SeamWeights(weights.clone());
    }

    double weight(SeamCue cue) {
        return weights[cue.ordinal()];
    }

    double[] values() {
        return weights.clone();
    }

    /** The sum of each cue's value times its weight, in the cues' order. */
    double score(SeamCues cues) {
        double s = 0;
        for (SeamCue cue : SeamCue.values()) {
            s += weights[cue.ordinal()] * cues.get(cue);
        }
        return s;
    }
}
