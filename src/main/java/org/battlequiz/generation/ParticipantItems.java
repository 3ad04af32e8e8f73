package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.Side;

/**
 * Who took part at all, whichever side: a commander or a belligerent among others of the same era and region who
 * were not there. Asks nothing of the column a name stood in, so it holds where the sides were only guessed.
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
        List<String> wrongPolities = battle.eraPolities();
        battle.sides().stream().flatMap(side -> side.belligerents().stream().filter(e -> !e.supporting()).limit(1))
                .findFirst().flatMap(e -> belligerentChoice(battle, e, wrongPolities, random)).ifPresent(drafts::add);
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

    /** "Manuel I", "Alexander the Great": a ruler left among the belligerents is a person, not a state or group. */
    private static final java.util.regex.Pattern A_RULER = java.util.regex.Pattern.compile(
            "\\s(?:[IVX]+|the (?:Great|Bold|Elder|Younger))$");

    private static Optional<Draft> belligerentChoice(Battle battle, NamedEntry entry, List<String> wrong, Random random) {
        String name = Battle.sideName(Texts.withoutRefs(entry.name()));
        if (A_RULER.matcher(name).find() || battle.sideOfCommander(name) >= 0) {
            return Optional.empty();
        }
        List<String> all = battle.sides().stream().flatMap(s -> Battle.belligerentNames(s).stream()).toList();
        List<String> distractors = Pools.pickNearest(wrong, all, WRONG, random);
        if (name.isBlank() || !all.contains(name) || distractors.size() < WRONG) {
            return Optional.empty();
        }
        FactRef fact = new FactRef("belligerent:" + Texts.norm(name), KIND, entry.source(), entry.confidence())
                .stating(Texts.capitalize(Texts.group(name)) + " fought " + battle.atName() + ".")
                .quoting(battle.participantsRow());
        return Optional.of(Items.singleChoice(fact, "Which of these states or groups fought " + battle.atName() + "?", name,
                distractors, random, 0.35));
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
