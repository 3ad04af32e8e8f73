package org.battlequiz.history;

import java.util.List;

/** A submitted attempt as statistics see it; its total is the sum of its item marks, as in Moodle. */
public record ScoredAttempt(List<ItemResponse> responses) {

    public ScoredAttempt {
        responses = List.copyOf(responses);
    }

    public static ScoredAttempt of(ItemResponse... responses) {
        return new ScoredAttempt(List.of(responses));
    }

    public double totalMarks() {
        return responses.stream().mapToDouble(ItemResponse::mark).sum();
    }

    public double maxMarks() {
        return responses.stream().mapToDouble(ItemResponse::maxMark).sum();
    }

    public double percent() {
        double max = maxMarks();
        return max == 0 ? 0 : 100 * totalMarks() / max;
    }
}
