package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.battlequiz.article.Side;
import org.battlequiz.article.SourceLine;
import org.battlequiz.article.Strength;

/** How large each force was: numeric items per stated figure (range or rounded), a choice for the first one. */
final class StrengthItems implements ItemStrategy {

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < battle.sides().size(); i++) {
            Side side = battle.sides().get(i);
            Strength strength = side.strength();
            if (strength == null || battle.sideLabel(i).isEmpty()) {
                continue;
            }
            String group = battle.sideInSentence(i).orElseThrow();
            boolean choiceMade = false;
            for (Amount a : Amount.parse(strength.text())) {
                if (a.lowerBound()) {
                    continue;
                }
                FactRef fact = new FactRef("strength:" + i + ":" + Texts.norm(a.context() + " " + a.label()),
                        "strength", lineOf(strength.sources(), a.written()), strength.confidence());
                String prompt = lead(a.context()) + "how many " + noun(a.label()) + " did " + group + " have"
                        + when(a.context()) + " at " + battle.name() + "?";
                drafts.add(Items.numeric(fact, prompt, a.figure(), 0.6));
                if (!choiceMade && !a.figure().isRange()) {
                    choiceMade = true;
                    drafts.add(numberChoice(fact, prompt, a.figure(), random));
                }
            }
        }
        return drafts;
    }

    static Draft numberChoice(FactRef fact, String prompt, Figure figure, Random random) {
        List<String> distractors = figure.distractors(random, 3, List.of()).stream().map(Figure::format).toList();
        double closeness = figure.distractors(new Random(0), 3, List.of()).stream()
                .mapToDouble(d -> Math.abs(d - figure.key()) / Math.max(1, figure.key())).min().orElse(1);
        return Items.singleChoice(fact, prompt, Figure.format(figure.low()), distractors, random,
                Math.max(0.2, 0.8 - closeness));
    }

    /** The source line holding the figure as written (or its first number), else the first source line. */
    static SourceLine lineOf(List<SourceLine> sources, String written) {
        String first = written.split("[^0-9,]")[0];
        return sources.stream().filter(s -> s.text().contains(written)).findFirst()
                .or(() -> sources.stream().filter(s -> !first.isEmpty() && s.text().contains(first)).findFirst())
                .orElse(sources.isEmpty() ? null : sources.get(0));
    }

    static String noun(String label) {
        String l = label.toLowerCase(Locale.ROOT);
        if (l.isBlank() || l.equals("total")) {
            return "men";
        }
        return switch (l) {
            case "foot" -> "foot soldiers";
            case "horse" -> "horsemen";
            default -> label;
        };
    }

    /** "According to the infobox, " or "According to the modern estimates in the infobox, ". */
    static String lead(String context) {
        if (context != null && context.toLowerCase(Locale.ROOT).matches(".*\\b(record|estimate|account|source|claim)s?\\b.*")) {
            return "According to the " + context.toLowerCase(Locale.ROOT) + " in the infobox, ";
        }
        return "According to the infobox, ";
    }

    /** " initially", " at the time of the counter-offensive", or nothing. */
    static String when(String context) {
        if (context == null || lead(context).contains(" in the infobox")) {
            return "";
        }
        String c = context.strip();
        if (c.equalsIgnoreCase("initial") || c.equalsIgnoreCase("initially")) {
            return " initially";
        }
        if (c.equalsIgnoreCase("total")) {
            return " in total";
        }
        if (c.matches("(?i)^(at|by|in|during|on|after|before)\\b.*")) {
            return " " + Character.toLowerCase(c.charAt(0)) + c.substring(1);
        }
        return " (" + c + ")";
    }
}
