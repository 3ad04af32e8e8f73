package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Drawing distractors from a pool of candidates without repeats and without anything that is also right. */
final class Pools {
    private Pools() {
    }

    /** Up to count distinct entries of pool, in a seeded random order, none equal (normalized) to an excluded one. */
    static List<String> pick(List<String> pool, List<String> excluded, int count, Random random) {
        return pickFromFirst(pool, excluded, count, Integer.MAX_VALUE, random);
    }

    /** Like {@link #pick} but only among the first candidates of an ordered pool (twice as many as wanted). */
    static List<String> pickNearest(List<String> pool, List<String> excluded, int count, Random random) {
        return pickFromFirst(pool, excluded, count, Math.max(2, count * 2), random);
    }

    /** "Syrian civil war and Al-Qusayr offensive" beside "Syrian civil war": one option inside another is no rival. */
    private static boolean variantOfSeen(Set<String> seen, String candidate) {
        for (String s : seen) {
            if (!s.equals(candidate) && (inside(s, candidate) || inside(candidate, s))) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(String part, String whole) {
        return part.indexOf(' ') > 0 && (" " + whole + " ").contains(" " + part + " ");
    }

    private static List<String> pickFromFirst(List<String> pool, List<String> excluded, int count, int window,
                                              Random random) {
        Set<String> seen = new HashSet<>();
        excluded.forEach(e -> seen.add(Texts.norm(e)));
        List<String> candidates = new ArrayList<>();
        for (String p : pool) {
            if (candidates.size() < window && p != null && !p.isBlank() && !variantOfSeen(seen, Texts.norm(p))
                    && seen.add(Texts.norm(p))) {
                candidates.add(p);
            }
        }
        List<String> out = new ArrayList<>();
        while (out.size() < count && !candidates.isEmpty()) {
            out.add(candidates.remove(random.nextInt(candidates.size())));
        }
        return out;
    }
}
