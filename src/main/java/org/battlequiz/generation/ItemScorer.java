package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/** Scores one item on fact confidence, the form that suits its fact, distractor plausibility and clarity. */
final class ItemScorer {
    /** The form that teaches each kind of fact best; others lose a little. */
    private static final Map<String, List<QuestionType>> BEST_FORMS = Map.of(
            "date", List.of(QuestionType.DATE, QuestionType.SINGLE_CHOICE),
            "outcome", List.of(QuestionType.SINGLE_CHOICE),
            "commander", List.of(QuestionType.SINGLE_CHOICE, QuestionType.MATCHING, QuestionType.MULTIPLE_SELECT),
            "belligerent", List.of(QuestionType.MULTIPLE_SELECT, QuestionType.TRUE_FALSE),
            "partOf", List.of(QuestionType.SINGLE_CHOICE),
            "location", List.of(QuestionType.SINGLE_CHOICE),
            "strength", List.of(QuestionType.SINGLE_CHOICE, QuestionType.NUMERIC, QuestionType.MATCHING),
            "casualties", List.of(QuestionType.NUMERIC, QuestionType.SINGLE_CHOICE),
            "significance", List.of(QuestionType.SINGLE_CHOICE, QuestionType.CLOZE));
    private static final int LONG_STEM = 220;
    private static final int LONG_OPTION = 90;

    private ItemScorer() {
    }

    /** A key more than twice as long, or less than half as long, as the average distractor. */
    static boolean keyStandsOut(QuestionContent q) {
        if (q.type() != QuestionType.SINGLE_CHOICE || q.keys().isEmpty()) {
            return false;
        }
        String key = q.keys().get(0);
        double others = q.options().stream().filter(o -> !o.equals(key)).mapToInt(String::length).average().orElse(0);
        return others > 0 && (key.length() > 2 * others + 4 || key.length() * 2 + 4 < others);
    }

    static ItemScore score(Draft draft) {
        QuestionContent q = draft.content();
        List<String> reasons = new ArrayList<>();
        double score = 0.9;
        double confidence = draft.fact().confidence();
        if (confidence < QuestionGenerator.SURE) {
            score -= (QuestionGenerator.SURE - confidence);
            reasons.add("the parser was unsure of this fact (" + Math.round(confidence * 100) + "%)");
        }
        List<QuestionType> best = BEST_FORMS.getOrDefault(q.factKind(), List.of());
        if (!best.isEmpty() && !best.contains(q.type())) {
            score -= 0.1;
            reasons.add("another form suits this fact better");
        } else if (best.indexOf(q.type()) > 0) {
            score -= 0.03 * best.indexOf(q.type());
        }
        if (q.type() == QuestionType.TRUE_FALSE) {
            score -= 0.05;
            reasons.add("true/false: half the learners guess it");
        }
        if (q.type() == QuestionType.SINGLE_CHOICE && q.options().size() < 4) {
            score -= 0.1;
            reasons.add("only " + q.options().size() + " options");
        }
        if (keyStandsOut(q)) {
            score -= 0.1;
            reasons.add("the answer stands out from the distractors by its length");
        }
        if (q.prompt().length() > LONG_STEM) {
            score -= 0.15;
            reasons.add("long stem");
        }
        if (q.options().stream().anyMatch(o -> o.length() > LONG_OPTION)) {
            score -= 0.1;
            reasons.add("long options");
        }
        if (q.prompt().matches("(?s).*[<>{}|\\[\\]].*") || q.options().stream().anyMatch(o -> o.matches("(?s).*[<>{}|\\[\\]].*"))) {
            score -= 0.3;
            reasons.add("markup left in the text");
        }
        if (draft.contested()) {
            score -= 0.05;
            reasons.add("a contested figure, asked as one party's claim");
        }
        return new ItemScore(score, reasons);
    }
}
