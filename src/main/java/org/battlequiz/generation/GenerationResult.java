package org.battlequiz.generation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.battlequiz.generation.item.QuestionContent;

/**
 * The generator's output for one article: valid items, best first, each with its quality score (scores[i] belongs
 * to questions[i]) and, per reason, how many candidates were dropped.
 */
public record GenerationResult(String title, List<QuestionContent> questions, Map<String, Integer> dropped,
                               List<ItemScore> scores) {
    public GenerationResult {
        questions = List.copyOf(questions);
        dropped = Collections.unmodifiableMap(new TreeMap<>(dropped));
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public GenerationResult(String title, List<QuestionContent> questions, Map<String, Integer> dropped) {
        this(title, questions, dropped, List.of());
    }
}
