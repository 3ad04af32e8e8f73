package org.battlequiz.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the seam cue weights by a softmax ranking model over each belligerent and commander seam decision's
 * candidates (L2 towards the shipped weights, so a cue the decisions never vary keeps its weight), and prints the
 * accuracy of the shipped and fitted weights, leave-one-battle-out accuracy and its calibration table.
 * Not a test and never part of the build. Usage: java ... SeamModelFit [--write] [--lambda L]
 * (--write puts the weights fitted on every decision into src/main/resources/lexicon/seam-weights.txt).
 */
public final class SeamModelFit {
    private static final Path WEIGHTS = Path.of("src/main/resources/lexicon/" + SeamWeights.FILE);
    private static final double[] BINS = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    private static final int STEPS = 3000;
    private static final double RATE = 0.5;

    record Chosen(double probability, boolean right) {
    }

    public static void main(String[] args) throws IOException {
        List<String> options = List.of(args);
        double lambda = options.contains("--lambda") ? Double.parseDouble(options.get(options.indexOf("--lambda") + 1))
                : 0.05;
        SeamDecisions.Collected collected = SeamDecisions.collect();
        List<SeamDecisions.Decision> decisions = collected.used();
        double[] hand = SeamWeights.shipped().values();
        System.out.printf(Locale.ROOT, "articles %d, decisions used %d (with two or more candidates %d), skipped %d"
                        + " (no candidate right)%n", collected.articles(), decisions.size(),
                decisions.stream().filter(d -> d.cues().length > 1).count(), collected.skipped());
        System.out.printf(Locale.ROOT, "shipped weights, accuracy on all decisions: %s%n", accuracy(decisions, hand));
        double[] fitted = fit(decisions, hand, lambda);
        System.out.printf(Locale.ROOT, "fitted weights (lambda %.3f), accuracy on the training decisions: %s%n",
                lambda, accuracy(decisions, fitted));
        List<Chosen> heldOut = leaveOneBattleOut(decisions, hand, lambda);
        long right = heldOut.stream().filter(Chosen::right).count();
        System.out.printf(Locale.ROOT, "leave-one-battle-out accuracy: %d of %d (%.3f)%n", right, heldOut.size(),
                right / (double) heldOut.size());
        System.out.println("held-out softmax probability of the chosen seam:");
        calibration(heldOut);
        System.out.println("shipped weights, the parser's confidence (0.6 + margin/4):");
        calibration(decisions.stream().map(d -> handConfidence(d, hand)).toList());
        System.out.println("cue                    shipped    fitted");
        for (SeamCue cue : SeamCue.values()) {
            System.out.printf(Locale.ROOT, "%-20s %9.4f %9.4f%n", cue, hand[cue.ordinal()], fitted[cue.ordinal()]);
        }
        if (options.contains("--write")) {
            write(fitted);
            System.out.println("wrote " + WEIGHTS);
        }
    }

    /** Multinomial logistic loss over each decision's candidates, plain gradient descent with a per-cue step. */
    static double[] fit(List<SeamDecisions.Decision> decisions, double[] prior, double lambda) {
        int n = prior.length;
        double[] scale = new double[n];
        for (SeamDecisions.Decision d : decisions) {
            for (double[] x : d.cues()) {
                for (int j = 0; j < n; j++) {
                    scale[j] += x[j] * x[j] / decisions.size();
                }
            }
        }
        double[] w = prior.clone();
        for (int step = 0; step < STEPS; step++) {
            double[] grad = new double[n];
            for (int j = 0; j < n; j++) {
                grad[j] = lambda * (w[j] - prior[j]);
            }
            for (SeamDecisions.Decision d : decisions) {
                double[] p = softmax(d.cues(), w);
                double rightMass = 0;
                for (int c = 0; c < p.length; c++) {
                    rightMass += d.right()[c] ? p[c] : 0;
                }
                for (int c = 0; c < p.length; c++) {
                    double g = p[c] - (d.right()[c] ? p[c] / rightMass : 0);
                    for (int j = 0; j < n; j++) {
                        grad[j] += g * d.cues()[c][j] / decisions.size();
                    }
                }
            }
            for (int j = 0; j < n; j++) {
                w[j] -= RATE / Math.max(1, scale[j]) * grad[j];
            }
        }
        return w;
    }

    static double[] softmax(double[][] cues, double[] w) {
        double[] s = new double[cues.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < cues.length; c++) {
            s[c] = score(cues[c], w);
            max = Math.max(max, s[c]);
        }
        double sum = 0;
        for (int c = 0; c < s.length; c++) {
            s[c] = Math.exp(s[c] - max);
            sum += s[c];
        }
        for (int c = 0; c < s.length; c++) {
            s[c] /= sum;
        }
        return s;
    }

    private static double score(double[] x, double[] w) {
        double s = 0;
        for (int j = 0; j < w.length; j++) {
            s += w[j] * x[j];
        }
        return s;
    }

    /** The candidate the parser takes: the highest score, the earlier one on a tie. */
    static int chosen(double[][] cues, double[] w) {
        int best = 0;
        for (int c = 1; c < cues.length; c++) {
            if (score(cues[c], w) > score(cues[best], w)) {
                best = c;
            }
        }
        return best;
    }

    private static String accuracy(List<SeamDecisions.Decision> decisions, double[] w) {
        long right = decisions.stream().filter(d -> d.right()[chosen(d.cues(), w)]).count();
        return String.format(Locale.ROOT, "%d of %d (%.3f)", right, decisions.size(), right / (double) decisions.size());
    }

    private static List<Chosen> leaveOneBattleOut(List<SeamDecisions.Decision> decisions, double[] prior, double lambda) {
        Set<String> battles = new LinkedHashSet<>(decisions.stream().map(SeamDecisions.Decision::battle).toList());
        List<Chosen> out = new ArrayList<>();
        for (String battle : battles) {
            double[] w = fit(decisions.stream().filter(d -> !d.battle().equals(battle)).toList(), prior, lambda);
            for (SeamDecisions.Decision d : decisions.stream().filter(d -> d.battle().equals(battle)).toList()) {
                int c = chosen(d.cues(), w);
                out.add(new Chosen(softmax(d.cues(), w)[c], d.right()[c]));
            }
        }
        return out;
    }

    private static Chosen handConfidence(SeamDecisions.Decision d, double[] w) {
        int c = chosen(d.cues(), w);
        double second = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < d.cues().length; k++) {
            if (k != c) {
                second = Math.max(second, score(d.cues()[k], w));
            }
        }
        double margin = second == Double.NEGATIVE_INFINITY ? 1 : score(d.cues()[c], w) - second;
        return new Chosen(Math.max(0.5, Math.min(1.0, 0.6 + margin / 4)), d.right()[c]);
    }

    private static void calibration(List<Chosen> chosen) {
        System.out.println("  bin          count  right  share right");
        for (int b = 0; b + 1 < BINS.length; b++) {
            double lo = BINS[b];
            double hi = BINS[b + 1];
            boolean last = b + 2 == BINS.length;
            List<Chosen> in = chosen.stream().filter(c -> c.probability() >= lo
                    && (c.probability() < hi || last && c.probability() <= hi)).toList();
            long right = in.stream().filter(Chosen::right).count();
            System.out.printf(Locale.ROOT, "  [%.1f, %.1f%s  %5d  %5d  %s%n", lo, hi, last ? "]" : ")", in.size(), right,
                    in.isEmpty() ? "-" : String.format(Locale.ROOT, "%.3f", right / (double) in.size()));
        }
        List<Chosen> sure = chosen.stream().filter(c -> c.probability() >= 0.8).toList();
        long right = sure.stream().filter(Chosen::right).count();
        System.out.printf(Locale.ROOT, "  >= 0.8: %d of %d right%n", right, sure.size());
    }

    private static void write(double[] w) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(WEIGHTS).stream().filter(l -> l.startsWith("# ")).toList());
        for (SeamCue cue : SeamCue.values()) {
            lines.add(cue + " " + String.format(Locale.ROOT, "%.4f", w[cue.ordinal()]));
        }
        Files.write(WEIGHTS, lines);
    }
}
