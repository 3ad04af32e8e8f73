package org.battlequiz.generation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.Side;

/** The key terms of an article worth blanking: commanders (with shorter forms), belligerents, its war and place. */
final class Terms {
    private static final Pattern TITLES = Pattern.compile(
            "^(King|Queen|Prince|Princess|Lord|Sir|General|Emperor|Empress|Duke|Count|Consul|Admiral|Marshal|Field Marshal|Lt\\.|Col\\.|Gen\\.)\\s+");

    private static final Pattern REGNAL = Pattern.compile("\\b[IVX]+\\b|\\b(the|el|al)\\s+[A-Z]");
    private static final Pattern PARTICLE = Pattern.compile("(?i)de|du|da|di|del|von|van|der|le|la");

    private Terms() {
    }

    static List<Term> of(Battle battle) {
        List<Term> terms = new ArrayList<>();
        List<String> everyone = battle.allCommanderNames();
        for (Side side : battle.sides()) {
            for (Commander c : Battle.commanders(side)) {
                List<String> answers = answers(Texts.withoutRefs(c.name()), everyone);
                if (!answers.isEmpty()) {
                    terms.add(new Term(Texts.withoutRefs(c.name()), "commander", answers));
                }
            }
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

    /**
     * The forms a typed answer may take: {@link #forms} plus the surname ("Castries", "de Castries") and a first name
     * no other commander of the article shares ("Harold" for "Harold Godwinson"). A regnal name ("Henry V",
     * "Charles I") or "X of Y" keeps its number or place.
     */
    static List<String> answers(String name, List<String> everyone) {
        Set<String> out = new LinkedHashSet<>(forms(name));
        String untitled = TITLES.matcher(name).replaceFirst("");
        String[] words = untitled.split("\\s+");
        boolean plainName = words.length >= 2 && !untitled.contains(" of ") && !REGNAL.matcher(untitled).find();
        if (!plainName) {
            return List.copyOf(out);
        }
        String last = words[words.length - 1];
        String beforeLast = words[words.length - 2];
        if (PARTICLE.matcher(beforeLast).matches()) {
            out.add(beforeLast + " " + last);
        }
        if (last.length() >= 3 && Character.isUpperCase(last.charAt(0)) && unique(last, words.length - 1, everyone)
                && !NamedEntry.isTitleAfterName(last)) {
            out.add(last);
        }
        if (words.length == 2 && words[0].length() >= 3 && unique(words[0], 0, everyone)) {
            out.add(words[0]);
        }
        return List.copyOf(out);
    }

    /** No other commander of the article has this word at the same place in the name. */
    private static boolean unique(String word, int position, List<String> everyone) {
        return everyone.stream().map(n -> TITLES.matcher(n).replaceFirst("").split("\\s+"))
                .filter(w -> w.length > position && (position == 0 ? w[0] : w[w.length - 1]).equalsIgnoreCase(word))
                .count() <= 1;
    }

    /** Where needle starts in text as whole words (case-insensitive), or -1. */
    static int indexOfWords(String text, String needle) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        return m.find() ? m.start() : -1;
    }
}
