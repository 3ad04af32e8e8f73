package org.battlequiz.history;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain-Java finishing of the aggregates the database computes: mastery grouped into recognisable fact kinds. */
public final class ScoreHistory {

    private ScoreHistory() {
    }

    /** Merges per-kind tallies into groups (date and duration are both dates...), weakest group first. */
    public static List<FactKindMastery> mastery(List<FactKindMastery> perKind) {
        Map<String, FactKindMastery> groups = new LinkedHashMap<>();
        for (FactKindMastery kind : perKind) {
            String group = FactKinds.group(kind.factKind());
            groups.merge(group, new FactKindMastery(group, kind.answered(), kind.credit()),
                    (a, b) -> new FactKindMastery(group, a.answered() + b.answered(), a.credit() + b.credit()));
        }
        return groups.values().stream().filter(m -> m.answered() > 0)
                .sorted(Comparator.comparingDouble((FactKindMastery m) -> m.credit() / m.answered())
                        .thenComparing(FactKindMastery::label))
                .toList();
    }
}
