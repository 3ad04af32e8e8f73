package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.battlequiz.article.Commander;
import org.battlequiz.article.Side;

/**
 * Who took part at all, whichever side: commanders among others of the same era and region who were not there.
 * Asks nothing of the column a name stood in, so it holds where the sides were only guessed. States are not asked
 * so: a neighbour of the same time may well have sent men, and one far away is no question.
 */
final class ParticipantItems implements ItemStrategy {
    static final String KIND = "participant";
    private static final int WRONG = 3;
    /** Lower-case words a person's name may hold: "Charles de Gaulle", "Ibrahim ibn Ahmad". */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("of", "de", "del", "della", "der", "di",
            "da", "do", "dos", "du", "von", "van", "zu", "al", "el", "ibn", "bin", "ben", "the", "la", "le", "y", "e");

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        List<Commander> leaders = new ArrayList<>();
        for (Side side : battle.sides()) {
            Battle.commanders(side).stream().filter(c -> isAName(Texts.withoutRefs(c.name()))).findFirst()
                    .ifPresent(leaders::add);
        }
        List<String> wrongLeaders = battle.eraCommanders();
        if (leaders.size() >= 2 && wrongLeaders.size() >= WRONG) {
            List<String> keys = leaders.stream().map(c -> Texts.withoutRefs(c.name())).toList();
            FactRef fact = new FactRef("participants", KIND, leaders.get(0).source(),
                    leaders.stream().mapToDouble(Commander::confidence).min().orElse(1.0))
                    .stating(Texts.capitalize(Texts.joinAnd(keys.stream().map(Texts::person).toList()))
                            + " were among the commanders " + battle.atName() + ".").quoting(battle.allCommandersRow());
            drafts.add(Items.multipleSelect(fact, "Which of these commanders fought " + battle.atName()
                    + ", on either side? Select all that apply.", keys,
                    Pools.pickNearest(wrongLeaders, keys, WRONG, random), random, 0.45));
        }
        if (battle.attributionConfidence(true) >= QualityGates.MIN_SIDE_CONFIDENCE) {
            return drafts;
        }
        leaders.stream().findFirst().flatMap(leader -> commanderChoice(battle, leader, wrongLeaders, random))
                .ifPresent(drafts::add);
        return drafts;
    }

    private static Optional<Draft> commanderChoice(Battle battle, Commander leader, List<String> wrong, Random random) {
        String name = Texts.withoutRefs(leader.name());
        List<String> distractors = Pools.pickNearest(wrong, List.of(name), WRONG, random);
        if (distractors.size() < WRONG) {
            return Optional.empty();
        }
        FactRef fact = new FactRef("commander:" + Texts.norm(leader.name()), KIND, leader.source(), leader.confidence())
                .stating(Texts.capitalize(Texts.person(name)) + " was one of the commanders " + battle.atName() + ".")
                .quoting(battle.allCommandersRow());
        return Optional.of(Items.singleChoice(fact, "Which of these commanders fought " + battle.atName() + "?",
                name, distractors, random, 0.35));
    }

    /** "Reinforced company About 150 soldiers" is no name: a figure, or a lower-case word that is no particle. */
    static boolean isAName(String name) {
        String[] words = name.strip().split("\\s+");
        if (name.isBlank() || words.length > 5 || name.matches(".*\\d.*")) {
            return false;
        }
        return java.util.Arrays.stream(words).allMatch(w -> !Character.isLowerCase(w.codePointAt(0))
                || PARTICLES.contains(w) || w.startsWith("al-") || w.startsWith("el-") || w.startsWith("d'"));
    }
}
