package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.article.Side;

/** The key terms of an article worth blanking: commanders (with shorter forms), belligerents, its war and place. */
final class Terms {
    private static final Pattern TITLES = Pattern.compile(
            "^(King|Queen|Prince|Princess|Lord|Sir|General|Emperor|Empress|Duke|Count|Consul|Admiral|Marshal|Field Marshal|Lt\\.|Col\\.|Gen\\.)\\s+");

    private Terms() {
    }

    static List<Term> of(Battle battle) {
        List<Term> terms = new ArrayList<>();
        for (Side side : battle.sides()) {
            Battle.commanders(side).forEach(c -> terms.add(new Term(Texts.withoutRefs(c.name()), "commander",
                    forms(Texts.withoutRefs(c.name())))));
            Battle.belligerentNames(side).forEach(b -> terms.add(new Term(b, "belligerent", List.of(b))));
        }
        String partOf = battle.article().partOf();
        if (partOf != null && !partOf.isBlank()) {
            terms.add(new Term(Texts.withoutRefs(partOf), "partOf", List.of(Texts.withoutRefs(partOf))));
        }
        String location = battle.article().location();
        if (location != null && !location.isBlank()) {
            String place = Texts.withoutRefs(location).split(",")[0].strip();
            if (place.length() > 3 && !Texts.containsWords(battle.article().title(), place)) {
                terms.add(new Term(place, "location", List.of(place)));
            }
        }
        return terms;
    }

    /** "King Henry V of England" gives itself, "Henry V of England", "Henry V" and "King Henry V". */
    static List<String> forms(String name) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(name);
        String untitled = TITLES.matcher(name).replaceFirst("");
        forms.add(untitled);
        int of = untitled.indexOf(" of ");
        if (of > 0 && untitled.substring(0, of).contains(" ")) {
            forms.add(untitled.substring(0, of));
        }
        if (!untitled.equals(name) && name.indexOf(" of ") > 0) {
            forms.add(name.substring(0, name.indexOf(" of ")));
        }
        forms.removeIf(f -> f.length() < 4);
        return List.copyOf(forms);
    }

    /** Where needle starts in text as whole words (case-insensitive), or -1. */
    static int indexOfWords(String text, String needle) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.start() : -1;
    }
}
