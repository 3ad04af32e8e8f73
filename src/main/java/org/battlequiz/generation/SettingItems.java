package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.battlequiz.article.ParsedArticle;

/** Where the battle was fought and which war it belonged to, against the places and wars of the bank. */
final class SettingItems implements ItemStrategy {

    @Override
    public List<Draft> drafts(Battle battle, Random random) {
        List<Draft> drafts = new ArrayList<>();
        ParsedArticle a = battle.article();
        String partOf = Texts.withoutRefs(a.partOf() == null ? "" : a.partOf());
        if (!partOf.isBlank()) {
            FactRef fact = FactRef.of("partOf", "partOf", battle.source("partOf"));
            List<String> wars = Pools.pick(pool(battle, ParsedArticle::partOf), List.of(partOf), 3, random);
            if (wars.size() >= 2) {
                drafts.add(Items.singleChoice(fact, "Which larger conflict was " + battle.name() + " part of?",
                        partOf, wars, random, 0.35));
            }
            boolean truth = wars.isEmpty() || random.nextBoolean();
            String stated = truth ? partOf : wars.get(0);
            drafts.add(Items.trueFalse(fact, battle.capitalName() + " was part of " + the(stated) + ".", truth,
                    "it was part of " + the(partOf) + ".", 0.35));
        }
        String location = Texts.withoutRefs(a.location() == null ? "" : a.location());
        if (!location.isBlank()) {
            FactRef fact = FactRef.of("location", "location", battle.source("location"));
            List<String> places = Pools.pick(pool(battle, ParsedArticle::location), List.of(location), 3, random);
            if (places.size() >= 2) {
                drafts.add(Items.singleChoice(fact, "Where was " + battle.name() + " fought?", location, places,
                        random, 0.3));
            }
            boolean truth = places.isEmpty() || random.nextBoolean();
            drafts.add(Items.trueFalse(fact, battle.capitalName() + " was fought at " + (truth ? location : places.get(0))
                    + ".", truth, "it was fought at " + location + ".", 0.3));
        }
        return drafts;
    }

    private static String the(String conflict) {
        return conflict.toLowerCase(java.util.Locale.ROOT).startsWith("the ") ? conflict : "the " + conflict;
    }

    private static List<String> pool(Battle battle, Function<ParsedArticle, String> field) {
        List<String> values = new ArrayList<>();
        for (ParsedArticle other : battle.bank()) {
            String v = field.apply(other);
            if (v != null && !v.isBlank()) {
                values.add(Texts.withoutRefs(v));
            }
        }
        return values;
    }
}
