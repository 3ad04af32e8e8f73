package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects a matching question's pairs as both formats carry them: a pair with an empty stem is a distractor. */
final class MatchingPairs {
    private final List<String> stems = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final Set<String> options = new LinkedHashSet<>();

    void add(String stem, String match) {
        options.add(match);
        if (!stem.isBlank()) {
            stems.add(stem);
            keys.add(match);
        }
    }

    List<String> stems() {
        return stems;
    }

    List<String> keys() {
        return keys;
    }

    List<String> options() {
        return new ArrayList<>(options);
    }
}
