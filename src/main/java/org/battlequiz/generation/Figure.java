package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A number as a source gives it: one value or a range, and whether it is approximate ("about", "c.", "~").
 * The tolerance and the distractors follow the source's precision.
 */
record Figure(long low, long high, boolean approximate) {
    private static final double[] FACTORS = {0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 2.0, 2.5};

    static Figure exact(long value) {
        return new Figure(value, value, false);
    }

    boolean isRange() {
        return high != low;
    }

    /** The answer a numeric item stores: the (whole) midpoint of a range, the value otherwise. */
    double key() {
        return Math.floorDiv(low + high, 2);
    }

    /** Half the range (rounded up to whole units); for a single value half its rounding unit, or the whole unit when approximate. */
    double tolerance() {
        if (isRange()) {
            return Math.max(high - key(), key() - low);
        }
        long unit = roundingUnit(low);
        if (approximate) {
            return Math.max(unit, Math.round(Math.abs(low) * 0.05));
        }
        return unit <= 1 ? 0 : unit / 2.0;
    }

    /** The smallest exact figure a learner is asked to type. */
    static final long MIN_TYPED = 1000;

    /**
     * Whether a learner can fairly type this figure: a range of round ends, an approximation or a round number in
     * the thousands. A large exact figure such as 13,781, a range of exact ends such as 22,284–22,900, and a small
     * count such as 95 or 7 that only an exact answer would match, are asked as a choice instead.
     */
    boolean suitsTyping() {
        if (isRange()) {
            return round(low) && round(high);
        }
        return approximate || Math.abs(low) >= MIN_TYPED && round(low);
    }

    /** "16,000", "1,500": a figure a learner can remember to its first two digits. */
    private static boolean round(long value) {
        return roundingUnit(value) * 100 >= Math.abs(value);
    }

    boolean accepts(long value) {
        return Math.abs(value - key()) <= tolerance();
    }

    String display() {
        String v = isRange() ? format(low) + "–" + format(high) : format(low);
        return approximate ? "about " + v : v;
    }

    /** The largest power of ten dividing the value, capped so a round number keeps two significant digits. */
    static long roundingUnit(long value) {
        long v = Math.abs(value);
        if (v == 0) {
            return 1;
        }
        long unit = 1;
        while (v % (unit * 10) == 0 && unit * 100 <= v) {
            unit *= 10;
        }
        return unit;
    }

    static String format(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A figure stated to this many of its units or more ("7,421") would show through exact multiples of it. */
    private static final long EXACT_STEPS = 100;
    /** How far an exact figure's distractor strays from its factor, so that no option is the key times two. */
    private static final double NUDGE = 0.06;

    /**
     * Values of the same magnitude, rounded like this one, none of them accepted as right; an exactly stated figure's
     * distractors stray a little from round factors of it ("14,842" beside "7,421" would give the key away).
     */
    List<Long> distractors(Random random, int count, List<Long> alsoRight) {
        long unit = isRange() ? gcdUnit() : roundingUnit(low);
        long base = Math.round(key());
        List<Double> factors = interleaved(random);
        Set<Long> out = new LinkedHashSet<>();
        boolean exact = base / Math.max(unit, 1) >= EXACT_STEPS;
        for (double f : factors) {
            double nudged = exact ? f * (1 + (random.nextDouble() * 2 - 1) * NUDGE) : f;
            long v = Math.round(base * nudged / unit) * unit;
            if (v > (base > 1 ? 1 : 0) && !accepts(v) && (v < low || v > high) && !nearAny(v, alsoRight, unit)
                    && sameMagnitude(v, base)) {
                out.add(v);
            }
            if (out.size() == count) {
                break;
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * Smaller and larger factors taken in turn, from a side picked at random, so the right figure is never the
     * one extreme among the options; no "1" among plural figures ("1 corvettes").
     */
    private static List<Double> interleaved(Random random) {
        List<Double> below = new ArrayList<>();
        List<Double> above = new ArrayList<>();
        for (double f : FACTORS) {
            (f < 1 ? below : above).add(f);
        }
        Collections.shuffle(below, random);
        Collections.shuffle(above, random);
        List<Double> first = random.nextBoolean() ? below : above;
        List<Double> second = first == below ? above : below;
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size()) {
                out.add(first.get(i));
            }
            if (i < second.size()) {
                out.add(second.get(i));
            }
        }
        return out;
    }

    private long gcdUnit() {
        return Math.min(roundingUnit(low), roundingUnit(high));
    }

    /** "20,000" offered beside an article's "about 19,500 men available": too near a figure the page states. */
    private static final double NEAR_STATED = 0.05;

    private static boolean nearAny(long v, List<Long> others, long unit) {
        return others.stream().anyMatch(o -> o != null && Math.abs(o - v) < Math.max(Math.max(unit, 1), o * NEAR_STATED));
    }

    private static boolean sameMagnitude(long v, long base) {
        return v * 3 >= base && v <= base * 3;
    }
}
