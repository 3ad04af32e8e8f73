package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.battlequiz.article.Commander;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;

/**
 * Who led each side: a choice per side, true/false per commander (with the side swapped when false); none where the
 * names alone tell the sides apart.
 */
final class CommanderItems implements ItemStrategy {
    static final int MAX_PER_SIDE = 4;

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        if (battle.commandersTellApart()) {
            return drafts;
        }
        for (int i = 0; i < battle.sides().size(); i++) {
            if (battle.sideLabel(i).isEmpty()) {
                continue;
            }
            List<Commander> commanders = Battle.commanders(battle.sides().get(i));
            int side = i;
            commanders.stream().filter(c -> !namesASide(battle, c)).findFirst()
                    .flatMap(key -> sideChoice(battle, side, key, random)).ifPresent(drafts::add);
            for (Commander c : commanders.subList(0, Math.min(MAX_PER_SIDE, commanders.size()))) {
                if (!namesASide(battle, c) && battle.otherSide(i) >= 0 && battle.sideLabel(battle.otherSide(i)).isPresent()) {
                    for (boolean truth : battle.truthsInTurn()) {
                        drafts.add(sideTrueFalse(battle, i, c, truth));
                    }
                }
            }
        }
        return drafts;
    }

    /**
     * A choice with at least two wrong options from the battle's other side (names that do not give their side away,
     * each surely of that side) or from the bank's battles of the same war or region; none with fewer, as a general of
     * another war filling the options is no question a teacher would set.
     */
    private static java.util.Optional<Draft> sideChoice(Battle battle, int side, Commander key, Random random) {
        List<String> sameSide = Battle.commanders(battle.sides().get(side)).stream()
                .map(c -> Texts.withoutRefs(c.name())).toList();
        int other = battle.otherSide(side);
        List<String> opponents = other < 0 ? List.of() : Battle.commanders(battle.sides().get(other)).stream()
                .filter(c -> !namesASide(battle, c) && c.confidence() >= QualityGates.MIN_SIDE_CONFIDENCE)
                .map(c -> Texts.withoutRefs(c.name())).toList();
        long nearby = commandersOf(battle, battle.bankSameRegion()).stream().filter(n -> !sameSide.contains(n)).count();
        if (opponents.size() + nearby < 2) {
            return java.util.Optional.empty();
        }
        List<String> distractors = new ArrayList<>(Pools.pick(opponents, sameSide, 2, random));
        distractors.addAll(Pools.pickNearest(bankCommanders(battle), concat(sameSide, distractors),
                3 - distractors.size(), random));
        if (distractors.size() < 3) {
            distractors.addAll(Pools.pick(opponents, concat(sameSide, distractors), 3 - distractors.size(), random));
        }
        String prompt = "Which of these commanders fought " + onSide(battle, side) + " " + battle.atName() + "?";
        boolean opponentAmongOptions = other >= 0 && distractors.stream().anyMatch(d -> battle.sideOfCommander(d) == other);
        return java.util.Optional.of(Items.singleChoice(fact(battle, key), prompt, Texts.withoutRefs(key.name()),
                distractors, random, opponentAmongOptions ? 0.55 : 0.4).alsoRight(sameSide));
    }

    /**
     * A name that shares a word with a belligerent ("Henry V of England" for the Kingdom of England, "King Wu of
     * Zhou" beside "King Zhou of Shang", "Sher Shah Suri" for the Sur Empire) gives its side away, or misleads when the
     * statement names the other side.
     */
    static boolean namesASide(Battle battle, Commander c) {
        Set<String> name = distinctive(c.name());
        return battle.sides().stream().flatMap(s -> s.belligerents().stream())
                .anyMatch(b -> distinctive(b.name()).stream().anyMatch(word -> name.stream().anyMatch(
                        n -> n.equals(word) || n.startsWith(word) && n.length() <= word.length() + 2)));
    }

    private static Set<String> distinctive(String name) {
        Set<String> out = new HashSet<>();
        for (String word : Texts.norm(name).split(" ")) {
            if (word.length() >= 3 && !COMMON_WORDS.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "its", "allies", "allied", "kingdom",
            "empire", "republic", "army", "forces", "state", "states", "united", "king", "queen", "prince", "duke",
            "count", "earl", "lord", "great", "holy", "royal", "imperial", "people", "first", "second", "third",
            "new", "old", "saint", "san", "von", "van", "der", "del", "des", "los", "las");

    private static Draft sideTrueFalse(Battle battle, int side, Commander c, boolean truth) {
        int other = battle.otherSide(side);
        int named = truth ? side : other;
        String name = Texts.person(c.name());
        String statement = Texts.capitalize(name) + " fought " + onSide(battle, named) + " " + battle.atName() + ".";
        String correction = Texts.capitalize(name) + " commanded " + battle.sideInSentence(side).orElseThrow()
                + battle.outcomeOf(side).map(o -> ", the " + o + " side").orElse("") + ".";
        return Items.trueFalse(fact(battle, c), statement, truth, correction, 0.4);
    }

    /**
     * "on the winning side", where the battle has a sure winner: which side a commander fought for, asked by the
     * side's name, is often given away by the language of the names (an Italian general among Ethiopian ones);
     * asked by the outcome, the learner must know who won.
     */
    private static String onSide(Battle battle, int side) {
        return battle.outcomeOf(side).map(o -> "on the " + o + " side")
                .orElseGet(() -> "on the side of " + battle.sideInSentence(side).orElseThrow());
    }

    static FactRef fact(Battle battle, Commander c) {
        int side = battle.sideOfCommander(c.name());
        String name = Texts.withoutRefs(c.name());
        String sideName = battle.sideInSentence(side).orElse(null);
        FactRef fact = new FactRef("commander:" + Texts.norm(c.name()), "commander", c.source(),
                Math.min(c.confidence(), battle.attributionConfidence(false)));
        if (sideName == null) {
            return fact.quoting(Evidence.row("Commanders and leaders", "", name + FateItems.note(c)));
        }
        String outcome = battle.outcomeOf(side).map(o -> ", the " + o + " side,").orElse("");
        return fact.stating(Texts.capitalize(Texts.person(name)) + " was a commander of " + sideName + outcome + " "
                + battle.atName() + ".").quoting(Evidence.row("Commanders and leaders", battle.sideLabel(side).orElse(""),
                name + FateItems.note(c)));
    }

    /** Commanders of the bank's battles of the same war or region: a general of another theatre is no distractor. */
    static List<String> bankCommanders(Battle battle) {
        List<String> names = new ArrayList<>(commandersOf(battle, battle.bankSameRegion()));
        names.addAll(battle.eraCommanders());
        return names;
    }

    private static List<String> commandersOf(Battle battle, List<ParsedArticle> articles) {
        List<String> names = new ArrayList<>();
        for (ParsedArticle other : articles) {
            for (Side s : other.sides()) {
                Battle.commanders(s).forEach(c -> names.add(Texts.withoutRefs(c.name())));
            }
        }
        names.removeIf(n -> battle.sideOfCommander(n) >= 0);
        return names;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
