package org.battlequiz.history;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Moodle-style statistics of one item, in percent: facility (mean score), standard deviation, discrimination index
 * (correlation with the rest of the test) and discriminative efficiency; null where the data cannot define them.
 * {@code optionCounts} says how often each option was picked (sorted by option), {@code unanswered} how often none was.
 */
public record ItemStats(String itemId, int attempts, double facility, Double standardDeviation,
                        Double discriminationIndex, Double discriminativeEfficiency,
                        Map<String, Integer> optionCounts, int unanswered, Set<ItemFlag> flags) {

    public ItemStats {
        optionCounts = Collections.unmodifiableMap(new TreeMap<>(optionCounts));
        flags = Collections.unmodifiableSet(flags.isEmpty() ? EnumSet.noneOf(ItemFlag.class) : EnumSet.copyOf(flags));
    }

    public double optionShare(String option) {
        return attempts == 0 ? 0 : 100.0 * optionCounts.getOrDefault(option, 0) / attempts;
    }

    public boolean flagged() {
        return !flags.isEmpty();
    }
}
