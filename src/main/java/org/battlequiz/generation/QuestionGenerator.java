package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.battlequiz.article.ParsedArticle;

/** Turns an article's facts into quiz items. Plain Java, deterministic for a given article, bank and seed. */
public final class QuestionGenerator {
    public static final String VERSION = "gen-7";
    /** A fact the parser is less sure of than this gives items that score lower. */
    public static final double SURE = 0.85;

    private static final List<ItemStrategy> STRATEGIES = List.of(
            new DateItems(), new OutcomeItems(), new CommanderItems(), new FateItems(), new SideItems(),
            new SettingItems(), new ParticipantItems(), new StrengthItems(), new CasualtyItems(), new TimelineItems(), new SignificanceItems(),
            new ClozeItems());

    /**
     * @param bank other articles whose facts may serve as distractors (may be empty; the article itself is ignored)
     */
    public GenerationResult generate(ParsedArticle article, List<ParsedArticle> bank, long seed) {
        Battle battle = new Battle(article, bank == null ? List.of() : bank);
        QualityGates gates = new QualityGates();
        List<Draft> passed = new ArrayList<>();
        Map<String, Integer> dropped = new TreeMap<>();
        for (int i = 0; i < STRATEGIES.size(); i++) {
            Random random = new Random(seed * 1_000_003L + i * 7_919L + Texts.norm(article.title()).hashCode());
            for (Draft draft : draftsOf(STRATEGIES.get(i), battle, random, dropped)) {
                Optional<String> reason = gates.check(draft);
                if (reason.isPresent()) {
                    dropped.merge(reason.get(), 1, Integer::sum);
                } else {
                    passed.add(draft);
                }
            }
        }
        Map<String, ItemFact> supported = new TreeMap<>();
        passed.forEach(d -> supported.putIfAbsent(d.fact().id(), ItemFact.of(d.fact())));
        List<SetSelection.Scored> chosen = SetSelection.choose(passed, dropped,
                new Random(seed * 31 + Texts.norm(article.title()).hashCode()).nextBoolean());
        return new GenerationResult(article.title(), chosen.stream().map(s -> s.draft().content()).toList(), dropped,
                chosen.stream().map(SetSelection.Scored::score).toList(),
                chosen.stream().map(s -> ItemFact.of(s.draft().fact())).toList(), supported);
    }

    /**
     * How sure the parser must be of a fact of this kind ("commander", "strength", "date") for items to ask it:
     * below this, its candidates are dropped as low-confidence.
     */
    public static double minimumConfidence(String factKind) {
        return QualityGates.minConfidence(factKind);
    }

    /** A strategy that fails on an unusual article loses its items, counted as dropped, instead of failing the whole set. */
    private static List<Draft> draftsOf(ItemStrategy strategy, Battle battle, Random random, Map<String, Integer> dropped) {
        try {
            return strategy.drafts(battle, random);
        } catch (RuntimeException e) {
            dropped.merge(QualityGates.STRATEGY_FAILED + " (" + strategy.getClass().getSimpleName() + ")", 1, Integer::sum);
            return List.of();
        }
    }
}
