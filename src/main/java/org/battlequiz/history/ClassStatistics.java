package org.battlequiz.history;

import java.util.List;

/** The statistics of a set's attempts: the whole test and each item, in order of first appearance. */
public record ClassStatistics(TestStats test, List<ItemStats> items) {

    public ClassStatistics {
        items = List.copyOf(items);
    }

    public List<ItemStats> flaggedItems() {
        return items.stream().filter(ItemStats::flagged).toList();
    }
}
