package org.battlequiz.generation;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.battlequiz.generation.item.QuestionContent;

/**
 * The generator's output for one article: valid items, best first, each with its quality score and the fact it
 * rests on (scores[i] and facts[i] belong to questions[i]), per reason how many candidates were dropped, and every
 * fact some candidate passed the gates for (chosen or not), by id.
 */
public record GenerationResult(String title, List<QuestionContent> questions, Map<String, Integer> dropped,
                               List<ItemScore> scores, List<ItemFact> facts, Map<String, ItemFact> supported) {
    public GenerationResult {
        questions = List.copyOf(questions);
        dropped = Collections.unmodifiableMap(new TreeMap<>(dropped));
        scores = scores == null ? List.of() : List.copyOf(scores);
        facts = facts == null ? List.of() : List.copyOf(facts);
        supported = supported == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(supported));
    }

    public GenerationResult(String title, List<QuestionContent> questions, Map<String, Integer> dropped,
                            List<ItemScore> scores) {
        this(title, questions, dropped, scores, List.of(), Map.of());
    }

    public GenerationResult(String title, List<QuestionContent> questions, Map<String, Integer> dropped) {
        this(title, questions, dropped, List.of());
    }
}
