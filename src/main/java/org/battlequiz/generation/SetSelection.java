package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Chooses a set from the items that passed the gates: the best-scored form of each fact (one item per fact),
 * no distractor offered in more than {@link #MAX_DISTRACTOR_USES} items, no item whose answer another item's
 * stem states, best items first. A thin article gives a short set: a fact is never asked twice to fill it.
 */
final class SetSelection {
    static final int MAX_DISTRACTOR_USES = 2;
    /**
     * Figures are many in an infobox; a set asks a few of them, not every count of every snapshot. The dates are
     * asked twice at most (the start, and the end or the length), the commanders and who fought whom a few times, not once each.
     */
    static final Map<String, Integer> MAX_PER_KIND = Map.of("strength", 4, "casualties", 4, "date", 2,
            "commander", 4, "belligerent", 3);
    static final String OTHER_FORM = "another form of the same fact was chosen";
    static final String KIND_FULL = "the set already asks enough figures of this kind";
    static final String REUSED_DISTRACTOR = "distractor already used in other items";
    static final String GIVEN_AWAY = "another item's stem gives its answer away";
    static final String LOPSIDED = "the set already keys more true/false items this way";

    record Scored(Draft draft, ItemScore score, int order) {
    }

    private final Map<String, Integer> distractorUses = new HashMap<>();
    private final List<Scored> chosen = new ArrayList<>();
    private final List<Scored> otherForms = new ArrayList<>();
    private final Map<Scored, String> spareReasons = new HashMap<>();
    private final Map<String, Integer> perKind = new HashMap<>();
    private final boolean trueOnTie;
    private int trueKeys;
    private int falseKeys;

    private SetSelection(boolean trueOnTie) {
        this.trueOnTie = trueOnTie;
    }

    static List<Scored> choose(List<Draft> passed, Map<String, Integer> dropped) {
        return choose(passed, dropped, true);
    }

    /** trueOnTie: which answer a true/false item keys when the set has keyed both alike so far (a coin per article). */
    static List<Scored> choose(List<Draft> passed, Map<String, Integer> dropped, boolean trueOnTie) {
        Map<String, List<Scored>> byFact = new LinkedHashMap<>();
        for (int i = 0; i < passed.size(); i++) {
            Draft d = passed.get(i);
            byFact.computeIfAbsent(d.fact().id(), k -> new ArrayList<>()).add(new Scored(d, ItemScorer.score(d), i));
        }
        Comparator<Scored> best = Comparator.comparingDouble((Scored s) -> -s.score().value()).thenComparingInt(Scored::order);
        byFact.values().forEach(group -> group.sort(best));
        List<List<Scored>> groups = new ArrayList<>(byFact.values());
        groups.sort(Comparator.comparing(g -> g.get(0), best));
        SetSelection selection = new SetSelection(trueOnTie);
        for (List<Scored> group : groups) {
            selection.pickFrom(group, dropped);
        }
        selection.otherForms.forEach(s -> dropped.merge(selection.spareReasons.get(s), 1, Integer::sum));
        List<Scored> out = new ArrayList<>(selection.chosen);
        out.sort(best);
        return out;
    }

    private boolean kindFull(Scored candidate) {
        String kind = candidate.draft().content().factKind();
        return perKind.getOrDefault(kind, 0) >= MAX_PER_KIND.getOrDefault(kind, Integer.MAX_VALUE);
    }

    private void pickFrom(List<Scored> group, Map<String, Integer> dropped) {
        boolean picked = false;
        for (int i = 0; i < group.size(); i++) {
            Scored candidate = group.get(i);
            String kind = candidate.draft().content().factKind();
            boolean kindFull = kindFull(candidate);
            boolean lopsided = !picked && !kindFull && tipsTheBalance(candidate.draft().content())
                    && group.subList(i + 1, group.size()).stream().anyMatch(s -> !tipsTheBalance(s.draft().content()));
            if (picked || kindFull || lopsided) {
                otherForms.add(candidate);
                spareReasons.put(candidate, picked ? OTHER_FORM : kindFull ? KIND_FULL : LOPSIDED);
                continue;
            }
            String reason = reusesDistractor(candidate.draft().content()) ? REUSED_DISTRACTOR
                    : givenAway(candidate.draft().content()) ? GIVEN_AWAY : null;
            if (reason == null) {
                picked = true;
                chosen.add(candidate);
                countKey(candidate.draft().content());
                perKind.merge(kind, 1, Integer::sum);
                distractorsOf(candidate.draft().content()).forEach(d -> distractorUses.merge(d, 1, Integer::sum));
            } else {
                dropped.merge(reason, 1, Integer::sum);
            }
        }
    }

    /**
     * A true/false item keyed like most of those already chosen (or, on a tie, against the article's coin), where the
     * fact has another form: the set keys both answers about as often, and sets of one such item each key True and
     * False alike.
     */
    private boolean tipsTheBalance(QuestionContent q) {
        if (q.type() != QuestionType.TRUE_FALSE) {
            return false;
        }
        boolean isTrue = q.keys().contains(Items.TRUE);
        int keyedThisWay = isTrue ? trueKeys : falseKeys;
        int keyedOtherWay = isTrue ? falseKeys : trueKeys;
        return keyedThisWay > keyedOtherWay || keyedThisWay == keyedOtherWay && isTrue != trueOnTie;
    }

    private void countKey(QuestionContent q) {
        if (q.type() == QuestionType.TRUE_FALSE) {
            if (q.keys().contains(Items.TRUE)) {
                trueKeys++;
            } else {
                falseKeys++;
            }
        }
    }

    private boolean reusesDistractor(QuestionContent q) {
        return distractorsOf(q).stream().anyMatch(d -> distractorUses.getOrDefault(d, 0) >= MAX_DISTRACTOR_USES);
    }

    private static Set<String> distractorsOf(QuestionContent q) {
        Set<String> out = new HashSet<>();
        if (q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_SELECT) {
            q.options().stream().filter(o -> !q.keys().contains(o)).map(Texts::norm).forEach(out::add);
        }
        return out;
    }

    /**
     * The answer appears in a stem already chosen, this stem states an answer already chosen, the explanation a learner
     * reads after one item gives the date another asks for ("began on 16 October and ended on 19 October 1813" answers
     * the end date and the year), or a chosen item already asks for the same name (two sentences with "Duc d'Enghien"
     * blanked teach it once).
     */
    private boolean givenAway(QuestionContent q) {
        for (Scored s : chosen) {
            QuestionContent other = s.draft().content();
            if (states(other, answerOf(q)) || states(q, answerOf(other)) || sameName(answerOf(q), answerOf(other))
                    || explains(other, dateAsked(q)) || explains(q, dateAsked(other))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameName(String a, String b) {
        return !a.isBlank() && a.chars().anyMatch(Character::isLetter) && Texts.norm(a).equals(Texts.norm(b));
    }

    /** The answer of an item on when the battle was fought, or nothing. */
    private static String dateAsked(QuestionContent q) {
        return "date".equals(q.factKind()) ? answerOf(q) : "";
    }

    /** The answer a learner must find, when it is a name or a figure worth protecting. */
    private static String answerOf(QuestionContent q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, CLOZE, NUMERIC, DATE -> q.keys().get(0);
            default -> "";
        };
    }

    /** A stem that reads as a statement of fact (a quoted sentence, a true claim) and contains the answer. */
    private static boolean states(QuestionContent q, String answer) {
        boolean statement = q.type() == QuestionType.CLOZE
                || q.type() == QuestionType.TRUE_FALSE && q.keys().contains(Items.TRUE);
        if (!statement || answer.isBlank()) {
            return false;
        }
        if (answer.matches("-?\\d+")) {
            return holdsNumber(q.prompt(), answer);
        }
        return Texts.norm(answer).length() >= 4 && Texts.containsWords(q.prompt(), answer);
    }

    /** The explanation holds the date that is the answer: a year, or a date as items show it ("19 October 1813"). */
    private static boolean explains(QuestionContent q, String answer) {
        String text = q.explanation() == null ? "" : q.explanation();
        if (answer.matches("-?\\d+")) {
            return holdsNumber(text, answer);
        }
        return answer.matches(".*\\d.*") && Texts.containsWords(text, answer);
    }

    private static boolean holdsNumber(String text, String answer) {
        return answer.length() >= 3 && (" " + text.replaceAll("(?<=\\d)[,\u00a0](?=\\d{3})", "")
                .replaceAll("[^0-9]+", " ") + " ").contains(" " + answer.replace("-", "") + " ");
    }
}
