package org.battlequiz.generation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.battlequiz.question.QuestionContent;

/** The generator's output for one article: valid items and, per quality-gate reason, how many candidates were dropped. */
public record GenerationResult(String title, List<QuestionContent> questions, Map<String, Integer> dropped) {
    public GenerationResult {
        questions = List.copyOf(questions);
        dropped = Collections.unmodifiableMap(new TreeMap<>(dropped));
    }
}
