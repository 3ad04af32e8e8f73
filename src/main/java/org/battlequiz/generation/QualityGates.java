package org.battlequiz.generation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.battlequiz.generation.item.AnswerText;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/** The checks every item must pass; a failing candidate is dropped under the reason named here, never repaired. */
final class QualityGates {
    static final double MIN_CONFIDENCE = 0.5;
    /** An item whose key depends on which side a name or figure belongs to needs a surer attribution. */
    static final double MIN_SIDE_CONFIDENCE = 0.7;
    /** A matching item of two pairs is given away by its first pair. */
    static final int MIN_PAIRS = 3;
    /** "Select all that apply" with one wrong option gives itself away. */
    static final int MIN_WRONG_OPTIONS = 2;
    private static final Set<String> SIDE_KINDS = Set.of("commander", "belligerent", "strength", "casualties");
    static final String UNSOURCED = "unsourced";
    static final String LOW_CONFIDENCE = "low-confidence fact";
    static final String UNNAMED_CLAIMANT = "contested figure without its claimant";
    static final String TOO_FEW_OPTIONS = "too few options";
    static final String DUPLICATE_OPTIONS = "options not distinct";
    static final String NOT_ONE_CORRECT = "not exactly one correct option";
    static final String BAD_KEYS = "keys do not fit the options";
    static final String GIVES_AWAY = "stem gives the answer away";
    static final String SAME_FACT_SAME_WAY = "same fact tested the same way";
    static final String STRATEGY_FAILED = "strategy failed on this article";
    static final String DOUBTED = "the article marks this figure as doubtful";
    private static final Set<String> FIGURE_KINDS = Set.of("strength", "casualties");
    /**
     * "[failed verification]", "[dubious – discuss]", "(disputed)": an editor's mark that the figure beside it may be
     * wrong.
     */
    private static final java.util.regex.Pattern DOUBT_MARK = java.util.regex.Pattern.compile(
            "(?i)\\[\\s*(?:failed verification|dubious|better source needed|unreliable source\\??|verification needed"
                    + "|disputed|contradictory)[^\\]]*\\]|\\(\\s*(?:disputed|dubious|contested|unconfirmed)\\s*\\)");

    private static final Set<String> STOP_WORDS = Set.of("battle", "which", "these", "that", "with", "from", "side",
            "sides", "victory", "fought", "according", "infobox", "article", "many", "what", "where", "when", "there",
            "their", "they", "this", "were", "have", "does", "part", "larger", "conflict", "commanders", "commander",
            "select", "apply", "winning", "record", "result", "decisive", "pyrrhic", "allies");

    private final Set<String> tested = new HashSet<>();

    /** The reason to drop this draft, or empty when it passes (and is then remembered as tested). */
    Optional<String> check(Draft draft) {
        QuestionContent q = draft.content();
        String reason = q.source() == null || q.source().isBlank() ? UNSOURCED
                : draft.fact().confidence() < minConfidence(q.factKind()) ? LOW_CONFIDENCE
                : doubted(draft.fact()) ? DOUBTED
                : draft.contested() && (draft.claimant() == null || !Texts.containsWords(q.prompt(), draft.claimant()))
                ? UNNAMED_CLAIMANT
                : tooFewOptions(q) ? TOO_FEW_OPTIONS
                : !distinct(q.options()) || !distinct(q.stems()) ? DUPLICATE_OPTIONS
                : !keysFit(q) ? BAD_KEYS
                : !exactlyOneCorrect(draft) ? NOT_ONE_CORRECT
                : givesAway(q) ? GIVES_AWAY
                : !tested.add(draft.fact().id() + "|" + q.type() + "|" + Texts.norm(q.prompt())) ? SAME_FACT_SAME_WAY
                : null;
        return Optional.ofNullable(reason);
    }

    private static boolean doubted(FactRef fact) {
        return FIGURE_KINDS.contains(fact.kind()) && fact.source() != null && fact.source().text() != null
                && DOUBT_MARK.matcher(fact.source().text()).find();
    }

    static double minConfidence(String factKind) {
        return SIDE_KINDS.contains(factKind) ? MIN_SIDE_CONFIDENCE : MIN_CONFIDENCE;
    }

    private static boolean tooFewOptions(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE_CHOICE -> q.options().size() < 3;
            case MULTIPLE_SELECT -> q.options().size() < 4 || q.options().size() - q.keys().size() < MIN_WRONG_OPTIONS;
            case MATCHING -> q.stems().size() < MIN_PAIRS || q.options().size() < 2;
            case ORDERING -> q.options().size() < 3;
            case TRUE_FALSE -> q.options().size() != 2;
            default -> false;
        };
    }

    /** Distinct as the grader tells answers apart, so no two options grade as the same answer. */
    static boolean distinct(List<String> values) {
        Set<String> seen = new HashSet<>();
        return values.stream().allMatch(v -> !AnswerText.normalize(v).isEmpty() && seen.add(AnswerText.normalize(v)));
    }

    private static boolean keysFit(QuestionContent q) {
        List<String> keys = q.keys();
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> keys.size() == 1 && q.options().contains(keys.get(0));
            case MULTIPLE_SELECT -> !keys.isEmpty() && keys.size() < q.options().size() && q.options().containsAll(keys);
            case MATCHING -> keys.size() == q.stems().size() && q.options().containsAll(keys);
            case ORDERING -> keys.size() == q.options().size() && keys.containsAll(q.options());
            case NUMERIC -> keys.size() == 1 && isNumber(keys.get(0)) && AnswerText.number(keys.get(0)).isPresent()
                    && q.tolerance() != null && q.tolerance() >= 0;
            case DATE -> keys.size() == 1 && isNumber(keys.get(0)) && AnswerText.year(keys.get(0)).isPresent()
                    && q.tolerance() != null && q.tolerance() >= 0;
            case CLOZE -> !keys.isEmpty() && q.prompt().split("____", -1).length == 2;
        };
    }

    private static boolean isNumber(String s) {
        return s.matches("-?\\d+(\\.\\d+)?");
    }

    /** No distractor may be another right answer (an alias, the other claim, a value inside the key's range). */
    private static boolean exactlyOneCorrect(Draft draft) {
        QuestionContent q = draft.content();
        if (q.type() != QuestionType.SINGLE_CHOICE && q.type() != QuestionType.MULTIPLE_SELECT) {
            return true;
        }
        Set<String> right = new HashSet<>();
        q.keys().forEach(k -> right.add(AnswerText.normalize(k)));
        draft.alsoRight().forEach(k -> right.add(AnswerText.normalize(k)));
        long correct = q.options().stream().filter(o -> right.contains(AnswerText.normalize(o))).count();
        return correct == q.keys().size();
    }

    private static boolean givesAway(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> q.keys().stream().anyMatch(k -> Texts.containsWords(q.prompt(), k)
                    || echoesOnly(q, k));
            case CLOZE -> q.keys().stream().anyMatch(k -> Texts.containsWords(q.prompt(), k)
                    || !sharedWords(q, k).isEmpty());
            case NUMERIC, DATE -> numbersIn(q.prompt()).contains(Texts.norm(q.keys().get(0)));
            case MATCHING -> q.keys().stream().anyMatch(k -> q.stems().stream().anyMatch(s -> Texts.containsWords(s, k)));
            default -> false;
        };
    }

    /** The key alone among the options repeats a content word of the stem ("led England?" - "Henry V of England"). */
    private static boolean echoesOnly(QuestionContent q, String key) {
        Set<String> echoed = sharedWords(q, key);
        return !echoed.isEmpty() && q.options().stream().filter(o -> !q.keys().contains(o))
                .noneMatch(o -> contentWords(o).stream().anyMatch(echoed::contains));
    }

    /** Content words of the key that the stem shows too: "fought off ____ near Orrin" - "Cape Orrin". */
    private static Set<String> sharedWords(QuestionContent q, String key) {
        Set<String> shared = contentWords(key);
        shared.retainAll(contentWords(q.prompt()));
        return shared;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : Texts.norm(text).split(" ")) {
            if (w.length() > 3 && !STOP_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static Set<String> numbersIn(String text) {
        Set<String> numbers = new HashSet<>();
        for (String token : text.replaceAll("(?<=\\d)[,\u202f\u00a0](?=\\d{3})", "").split("[^0-9]+")) {
            if (!token.isEmpty()) {
                numbers.add(token.replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return numbers;
    }
}
