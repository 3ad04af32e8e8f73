package org.battlequiz.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Which questions an attempt gets and in what order: plain Java, seeded so a page reload shows the same. */
public final class AttemptDraw {
    private AttemptDraw() {
    }

    /**
     * Draws count ids at random from the pool, the ones the learner has not seen first; the drawn ids keep pool order.
     * A null or too large count takes the whole pool.
     */
    public static List<Long> draw(List<Long> pool, Set<Long> seen, Integer count, long seed) {
        if (count == null || count >= pool.size()) {
            return List.copyOf(pool);
        }
        Random random = new Random(seed);
        List<Long> unseen = new ArrayList<>(pool.stream().filter(id -> !seen.contains(id)).toList());
        List<Long> others = new ArrayList<>(pool.stream().filter(seen::contains).toList());
        Collections.shuffle(unseen, random);
        Collections.shuffle(others, random);
        List<Long> chosen = new ArrayList<>(unseen);
        chosen.addAll(others);
        Set<Long> picked = Set.copyOf(chosen.subList(0, count));
        return pool.stream().filter(picked::contains).toList();
    }

    public static <T> List<T> order(List<T> items, boolean shuffle, long seed) {
        if (!shuffle) {
            return items;
        }
        List<T> shuffled = new ArrayList<>(items);
        Collections.shuffle(shuffled, new Random(seed));
        return shuffled;
    }
}
