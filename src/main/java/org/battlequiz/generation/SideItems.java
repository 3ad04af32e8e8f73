package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.battlequiz.article.Commander;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;

/** Who fought with whom: multiple select on the winning side, matching commanders to their sides. */
final class SideItems implements ItemStrategy {
    private static final int MAX_KEYS = 3;

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        if (battle.sides().size() != 2 || battle.sideLabel(0).isEmpty() || battle.sideLabel(1).isEmpty()) {
            return drafts;
        }
        Integer winner = battle.winner();
        int asked = winner == null ? 0 : winner;
        String where = winner == null ? "for " + battle.sideInSentence(0).orElseThrow() : "on the winning side";
        List<String> belligerents = Battle.belligerentNames(battle.sides().get(asked));
        if (winner != null) {
            select(battle, FactRef.of("winning-belligerents", "belligerent", belligerentLine(battle, asked))
                            .withConfidence(battle.attributionConfidence(false))
                            .stating(Texts.capitalize(Texts.joinAnd(belligerents.stream().map(Texts::group).toList()))
                                    + " fought on the winning side " + battle.atName() + ".")
                            .quoting(battle.belligerentsRow()), "Which of these fought " + where + " "
                            + battle.atName() + "? Select all that apply.", belligerents,
                    Battle.belligerentNames(battle.sides().get(1 - asked)), List.of(), 2, random)
                    .ifPresent(drafts::add);
        }
        List<String> leaders = names(battle.sides().get(asked));
        SourceLine leaderLine = Battle.commanders(battle.sides().get(asked)).stream().findFirst()
                .map(Commander::source).orElse(null);
        if (!battle.commandersTellApart()) {
                select(battle, FactRef.of("side-commanders:" + asked, "commander", leaderLine)
                            .withConfidence(battle.attributionConfidence(true))
                            .stating(Texts.capitalize(Texts.joinAnd(leaders)) + " fought " + where + " "
                                    + battle.atName() + ".")
                            .quoting(battle.commandersRow(asked)), "Which of these commanders fought " + where
                            + " " + battle.atName() + "? Select all that apply.", leaders,
                    names(battle.sides().get(1 - asked)), CommanderItems.bankCommanders(battle), MIN_OWN_LEADERS, random)
                    .ifPresent(drafts::add);
        }
        List<String> opponents = Battle.belligerentNames(battle.sides().get(1 - asked));
        if (winner != null && belligerents.size() + opponents.size() < 4 && !leaders.isEmpty()) {
            List<String> sideAndLeaders = new ArrayList<>(belligerents);
            sideAndLeaders.addAll(leaders);
            List<String> others = new ArrayList<>(opponents);
            others.addAll(names(battle.sides().get(1 - asked)));
            select(battle, FactRef.of("winning-side-mixed", "belligerent", belligerentLine(battle, asked))
                    .withConfidence(Math.min(battle.attributionConfidence(true), battle.attributionConfidence(false)))
                    .stating("On the winning side " + battle.atName() + " were " + Texts.joinAnd(inSentence(belligerents, leaders)) + ".")
                    .quoting(battle.belligerentsRow() + "; " + battle.commandersRow(asked)), "Which of these groups"
                    + " and leaders fought on the winning side " + battle.atName() + "? Select all that apply.", sideAndLeaders, others,
                    List.of(), 2, random).ifPresent(drafts::add);
        }
        matching(battle, random).ifPresent(drafts::add);
        Set<String> pairs = new HashSet<>();
        for (int side = 0; side < 2; side++) {
            for (String b : Battle.belligerentNames(battle.sides().get(side)).stream().limit(MAX_KEYS).toList()) {
                drafts.addAll(opponentTrueFalse(battle, side, b, pairs, random));
            }
        }
        return drafts;
    }

    /** "the United States and Winfield Scott": each name as it reads inside a sentence. */
    private static List<String> inSentence(List<String> groups, List<String> people) {
        List<String> out = new ArrayList<>(groups.stream().map(Texts::group).toList());
        people.forEach(p -> out.add(Texts.person(p)));
        return out;
    }

    /**
     * None where the battle's own names make fewer than the given number of options. Commanders of other battles
     * are filler a learner sets aside without knowing this one; states of the same region and era less so.
     */
    private static Optional<Draft> select(Battle battle, FactRef fact, String prompt, List<String> right,
                                          List<String> opponents, List<String> bank, int minOwnOptions,
                                          Random random) {
        if (right.size() + opponents.size() < minOwnOptions) {
            return Optional.empty();
        }
        List<String> keys = Pools.pick(right, List.of(), Math.min(MAX_KEYS, Math.max(1, right.size())), random);
        List<String> distractors = new ArrayList<>(Pools.pick(opponents, right, MAX_KEYS, random));
        List<String> excluded = new ArrayList<>(right);
        excluded.addAll(distractors);
        excluded.addAll(opponents);
        distractors.addAll(Pools.pickNearest(bank, excluded, Math.max(0, 4 - keys.size() - distractors.size()), random));
        double difficulty = 0.45 + 0.05 * keys.size();
        return Optional.of(Items.multipleSelect(fact, prompt, keys, distractors, random, difficulty)
                .alsoRight(right));
    }

    private static final int MIN_OWN_LEADERS = 3;

    private static Optional<Draft> matching(Battle battle, Random random) {
        if (battle.commandersTellApart()) {
            return Optional.empty();
        }
        List<String> stems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<Integer> sidesOf = new ArrayList<>();
        SourceLine line = null;
        for (int i = 0; i < 2; i++) {
            List<Commander> commanders = Battle.commanders(battle.sides().get(i));
            for (String name : Pools.pick(commanders.stream().filter(c -> !CommanderItems.namesASide(battle, c))
                    .map(Commander::name).map(Texts::withoutRefs).toList(), stems, 2, random)) {
                stems.add(name);
                keys.add(matchLabel(battle, i));
                sidesOf.add(i);
            }
            line = line == null && !commanders.isEmpty() ? commanders.get(0).source() : line;
        }
        if (stems.size() < QualityGates.MIN_PAIRS || new HashSet<>(keys).size() < 2) {
            return Optional.empty();
        }
        List<String> options = List.of(matchLabel(battle, 0), matchLabel(battle, 1));
        boolean byOutcome = battle.outcomeOf(0).isPresent();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            String side = keys.get(i);
            pairs.add(Texts.person(stems.get(i)) + (byOutcome ? " fought on " + side.toLowerCase(java.util.Locale.ROOT)
                    : " fought for " + battle.sideInSentence(sidesOf.get(i)).orElseGet(() -> Texts.group(side))));
        }
        return Optional.of(Items.matching(FactRef.of("commander-sides", "commander", line)
                        .withConfidence(battle.attributionConfidence(true))
                        .stating(Texts.capitalize(battle.atName()) + ", " + Texts.joinAnd(pairs) + ".")
                        .quoting(battle.commandersRow(0) + "; " + battle.commandersRow(1)),
                "Match each commander to the side they fought for " + battle.atName() + ".", stems, keys, options,
                0.35 + 0.05 * stems.size()));
    }

    /** "The winning side" where the battle has a sure winner (as commander items ask it), else the side's name. */
    private static String matchLabel(Battle battle, int side) {
        return battle.outcomeOf(side).map(o -> "The " + o + " side").orElseGet(() -> battle.sideLabel(side).orElseThrow());
    }

    /**
     * "A fought against B." (true) or "A fought on the same side as B." (false), B an ally on the other side, never
     * its first-named belligerent: whoever fought in the battle fought against that one by definition (and a learner
     * knows whom the United States fought in the Pacific without reading a word).
     */
    private static List<Draft> opponentTrueFalse(Battle battle, int side, String belligerent, Set<String> pairs,
                                                 Random random) {
        int belligerents = battle.sides().stream().mapToInt(s -> Battle.belligerentNames(s).size()).sum();
        if (belligerents < 3) {
            return List.of();
        }
        List<String> otherSide = Battle.belligerentNames(battle.sides().get(1 - side));
        List<String> opponents = otherSide.stream()
                .filter(o -> !o.equals(otherSide.get(0)))
                .filter(o -> !pairs.contains(pair(o, belligerent))
                        && confidenceOf(battle, 1 - side, o) >= QualityGates.MIN_SIDE_CONFIDENCE).toList();
        if (opponents.isEmpty()) {
            return List.of();
        }
        String opponent = opponents.get(random.nextInt(opponents.size()));
        pairs.add(pair(opponent, belligerent));
        String a = Texts.capitalize(Texts.group(belligerent));
        String b = Texts.group(opponent);
        SourceLine line = battle.sides().get(side).belligerents().stream()
                .filter(e -> Battle.sideName(Texts.withoutRefs(e.name())).equals(belligerent)).findFirst().map(e -> e.source()).orElse(null);
        double confidence = Math.min(confidenceOf(battle, side, belligerent), confidenceOf(battle, 1 - side, opponent));
        FactRef fact = new FactRef("belligerent:" + Texts.norm(belligerent), "belligerent", line, confidence)
                .stating(a + " and " + b + " fought on opposite sides " + battle.atName() + ".")
                .quoting(battle.belligerentsRow());
        List<Draft> drafts = new ArrayList<>();
        for (boolean truth : battle.truthsInTurn()) {
            String statement = a + (truth ? " fought against " : " fought on the same side as ") + b + " "
                    + battle.atName() + ".";
            drafts.add(Items.trueFalse(fact, statement, truth, a + " and " + b + " were on opposite sides.", 0.35));
        }
        return drafts;
    }

    /** How sure the parser is that the belligerent stands in that side's column. */
    private static double confidenceOf(Battle battle, int side, String belligerent) {
        return battle.sides().get(side).belligerents().stream()
                .filter(e -> Battle.sideName(Texts.withoutRefs(e.name())).equals(belligerent))
                .mapToDouble(e -> e.confidence()).min().orElse(1);
    }

    private static String pair(String a, String b) {
        String x = Texts.norm(a);
        String y = Texts.norm(b);
        return x.compareTo(y) < 0 ? x + "|" + y : y + "|" + x;
    }

    private static SourceLine belligerentLine(Battle battle, int side) {
        return battle.sides().get(side).belligerents().stream().findFirst().map(e -> e.source()).orElse(null);
    }

    private static List<String> names(Side side) {
        return Battle.commanders(side).stream().map(c -> Texts.withoutRefs(c.name())).toList();
    }
}
