package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.article.SourceLine;

/** Who won and how: the result from a closed vocabulary of outcomes, and true/false with the winner swapped. */
final class OutcomeItems implements ItemStrategy {
    static final String INCONCLUSIVE = "Inconclusive";
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)^\\s*(decisive|pyrrhic|tactical|strategic|major|minor|marginal)?\\b.*\\bvictory\\b.*");
    private static final Pattern DRAWN = Pattern.compile("(?i).*\\b(inconclusive|stalemate|draw|indecisive|drawn)\\b.*");

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        String result = firstPart(battle.article().result());
        SourceLine line = battle.source("result");
        if (result.isEmpty() || battle.sides().size() != 2 || battle.sideLabel(0).isEmpty() || battle.sideLabel(1).isEmpty()) {
            return drafts;
        }
        if (mixedVerdict(battle.article().result())) {
            return drafts;
        }
        Integer winner = battle.winner();
        boolean drawn = winner == null && DRAWN.matcher(result).matches();
        if (winner == null && !drawn) {
            return drafts;
        }
        String verdict = winner == null ? "Neither side won " + battle.name() + ": the result was inconclusive."
                : battle.outcomeInSentence(winner).orElseThrow() + " won " + battle.name() + ".";
        FactRef outcome = FactRef.of("outcome", "outcome", line).stating(verdict);
        Optional<String> qualifier = winner == null ? Optional.empty() : qualifier(result);
        boolean contested = winner != null && calledInconclusive(battle);
        if (winner == null || qualifier.isPresent() && !contested) {
            drafts.add(vocabularyChoice(battle, outcome, winner, qualifier.orElse(null), random));
        }
        FactRef winnerFact = outcome;
        for (boolean truth : winner == null ? List.of(false) : battle.truthsInTurn()) {
            drafts.add(winnerTrueFalse(battle, winnerFact, winner, truth, random));
        }
        if (contested) {
            return drafts;
        }
        String neither = "Neither side: the result was inconclusive";
        drafts.add(Items.singleChoice(outcome, "Which side won " + battle.name() + "?",
                winner == null ? neither : battle.outcomeLabel(winner).orElseThrow(),
                winner == null ? List.of(battle.outcomeLabel(0).orElseThrow(), battle.outcomeLabel(1).orElseThrow())
                        : List.of(battle.outcomeLabel(1 - winner).orElseThrow(), neither), random, 0.25));
        return drafts;
    }

    /**
     * "a bloody and strategically inconclusive battle": where the article's own words call a won battle
     * inconclusive, "neither side won" is defensible, so no item offers it as the wrong answer.
     */
    private static final Pattern CALLED_DRAWN = Pattern.compile("(?i)\\b(?:inconclusive|stalemate|indecisive|ended in a draw)\\b");

    private static boolean calledInconclusive(Battle battle) {
        return battle.article().bodyFacts().stream().anyMatch(f -> CALLED_DRAWN.matcher(f.sentence()).find());
    }

    private static Draft vocabularyChoice(Battle battle, FactRef fact, Integer winner, String qualifier, Random random) {
        List<String> distractors = new ArrayList<>();
        String key;
        if (winner == null) {
            key = INCONCLUSIVE;
            distractors.add(victory("Decisive", battle, 0));
            distractors.add(victory("Decisive", battle, 1));
            distractors.add(victory("Pyrrhic", battle, random.nextInt(2)));
        } else {
            key = victory(qualifier, battle, winner);
            int loser = 1 - winner;
            distractors.add(victory(qualifier, battle, loser));
            distractors.add(INCONCLUSIVE);
            String other = qualifier.equalsIgnoreCase("Decisive") ? "Pyrrhic" : "Decisive";
            boolean exclusive = qualifier.equalsIgnoreCase("Decisive") || qualifier.equalsIgnoreCase("Pyrrhic");
            distractors.add(victory(other, battle, exclusive ? winner : loser));
        }
        return Items.singleChoice(fact, "How does the article sum up the result of " + battle.name() + "?", key,
                distractors, random, 0.45);
    }

    private static Draft winnerTrueFalse(Battle battle, FactRef fact, Integer winner, boolean truth, Random random) {
        int named = winner == null ? random.nextInt(2) : truth ? winner : 1 - winner;
        String side = battle.outcomeInSentence(named).orElseThrow();
        String correction = winner == null ? "the result was inconclusive."
                : Texts.capitalize(battle.outcomeInSentence(winner).orElseThrow()) + " won.";
        return Items.trueFalse(fact, Texts.capitalize(side) + " won " + battle.name() + ".", truth, correction, 0.3);
    }

    static String victory(String qualifier, Battle battle, int side) {
        String forSide = " victory for " + battle.outcomeInSentence(side).orElseThrow();
        return qualifier == null ? Texts.capitalize(forSide.strip()) : Texts.capitalize(qualifier.toLowerCase(Locale.ROOT)) + forSide;
    }

    private static Optional<String> qualifier(String result) {
        Matcher m = QUALIFIER.matcher(result);
        if (!m.matches() || m.group(1) == null) {
            return Optional.empty();
        }
        return Optional.of(Texts.capitalize(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * "Tactically inconclusive; strategic Union victory", "Tactical French victory, strategic British victory": a
     * result that weighs the battle two ways has no one answer to "who won".
     */
    static boolean mixedVerdict(String result) {
        if (result == null) {
            return false;
        }
        String r = Texts.withoutRefs(result).toLowerCase(Locale.ROOT);
        if (TACTICAL.matcher(r).find() && STRATEGIC.matcher(r).find()) {
            return true;
        }
        long verdicts = java.util.Arrays.stream(r.split(";|\\n")).map(String::strip)
                .filter(part -> DRAWN.matcher(part).matches() || VICTORY.matcher(part).find()).map(OutcomeItems::verdict)
                .distinct().count();
        return verdicts > 1;
    }

    private static String verdict(String part) {
        return DRAWN.matcher(part).matches() ? "drawn" : part.replaceAll("^(decisive|pyrrhic|major|minor|marginal)\\s+", "");
    }

    private static final Pattern TACTICAL = Pattern.compile("\\btactical(ly)?\\b");
    private static final Pattern STRATEGIC = Pattern.compile("\\bstrategic(ally)?\\b");
    private static final Pattern VICTORY = Pattern.compile("\\b(victory|won)\\b");

    static String firstPart(String result) {
        return result == null ? "" : Texts.withoutRefs(result.split(";|\\n")[0]).strip();
    }
}
