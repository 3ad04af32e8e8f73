package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.question.QuestionContent;

/** Turns an article's facts into quiz items. Plain Java, deterministic for a given article, bank and seed. */
public final class QuestionGenerator {
    public static final String VERSION = "gen-1";

    private static final List<ItemStrategy> STRATEGIES = List.of(
            new DateItems(), new OutcomeItems(), new CommanderItems(), new StrengthItems(), new CasualtyItems());

    /**
     * @param bank other articles whose facts may serve as distractors (may be empty; the article itself is ignored)
     */
    public GenerationResult generate(ParsedArticle article, List<ParsedArticle> bank, long seed) {
        Battle battle = new Battle(article, bank == null ? List.of() : bank);
        QualityGates gates = new QualityGates();
        List<QuestionContent> questions = new ArrayList<>();
        Map<String, Integer> dropped = new TreeMap<>();
        for (int i = 0; i < STRATEGIES.size(); i++) {
            Random random = new Random(seed * 1_000_003L + i);
            for (Draft draft : STRATEGIES.get(i).drafts(battle, random)) {
                Optional<String> reason = gates.check(draft);
                if (reason.isPresent()) {
                    dropped.merge(reason.get(), 1, Integer::sum);
                } else {
                    questions.add(draft.content());
                }
            }
        }
        return new GenerationResult(article.title(), questions, dropped);
    }
}
