package org.battlequiz.study;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The outcome each of the four buttons would give, in button order, for labels such as "Good: 3 days". */
public record SchedulingPreview(Map<Rating, ReviewResult> outcomes) {

    public SchedulingPreview {
        outcomes = outcomes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(outcomes));
        if (outcomes.size() != Rating.values().length) {
            throw new IllegalArgumentException("a preview needs an outcome for every rating");
        }
    }

    public ReviewResult outcome(Rating rating) {
        return outcomes.get(rating);
    }

    public String intervalLabel(Rating rating) {
        return outcome(rating).intervalLabel();
    }
}
