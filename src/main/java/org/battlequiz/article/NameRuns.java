package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a run of belligerents that a reader printed on one line: at per-group headings ("Naval Support:") and
 * where a state the lexicon knows begins ("Kingdom of Hungary Kingdom of Croatia Papal States").
 */
final class NameRuns {
    private NameRuns() {
    }

    static List<String> split(String clean) {
        List<String> out = new ArrayList<>();
        for (String listed : GLUED_LIST.split(clean)) {
            for (String part : withoutHeadings(LIST_END.matcher(listed).replaceFirst(""))) {
                out.addAll(withoutFlagCaptions(atStates(part)));
            }
        }
        return out;
    }

    /** "Kievan Rus,Kipchaks,Cumans,and Volga Bulgars": a list whose commas lost the spaces after them. */
    private static final java.util.regex.Pattern GLUED_LIST = java.util.regex.Pattern.compile(
            "(?<=\\p{L}),(?=\\p{Lu}|and \\p{Lu})");
    private static final java.util.regex.Pattern LIST_END = java.util.regex.Pattern.compile("^and (?=\\p{Lu})");

    /** "Spain", "Kingdom of Spain": a state's short name before its long one is the caption of its flag. */
    private static List<String> withoutFlagCaptions(List<String> parts) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            boolean caption = i + 1 < parts.size()
                    && NameCleaner.dropFlagAlt(parts.get(i) + " " + parts.get(i + 1)).equals(parts.get(i + 1));
            if (!caption) {
                out.add(parts.get(i));
            }
        }
        return out;
    }

    /** "Ground Forces: United States Naval Support: United Kingdom" -> the parts after each heading. */
    static List<String> withoutHeadings(String clean) {
        String[] words = clean.split(" ");
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() > 1 && words[i].endsWith(":") && i + 1 < words.length) {
                int headingStart = i > start && !words[i - 1].isEmpty() && Character.isUpperCase(words[i - 1].codePointAt(0))
                        && !words[i - 1].endsWith(":") ? i - 1 : i;
                addPart(parts, words, start, headingStart);
                start = i + 1;
            }
        }
        addPart(parts, words, start, words.length);
        return parts;
    }

    private static void addPart(List<String> parts, String[] words, int from, int to) {
        if (to > from) {
            String part = String.join(" ", List.of(words).subList(from, to)).strip();
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
    }

    /**
     * Cuts a long run of names where the lexicon's states begin; a short one stays whole, and so does a dynasty
     * before the state it ruled ("Qing China").
     */
    static List<String> atStates(String part) {
        List<String> words = List.of(part.split(" "));
        if (words.size() == 2 && !words.get(0).equals(words.get(1))
                && words.stream().allMatch(w -> Lexicon.isState(Lexicon.key(w)) && !Lexicon.isPeople(Lexicon.key(w)))
                && !Lexicon.isState(Lexicon.key(part)) && !Lexicon.isDynasty(words.get(0))) {
            return words;
        }
        if (words.size() < 3) {
            return List.of(part);
        }
        List<Integer> cuts = new ArrayList<>();
        int[] depth = bracketDepths(words);
        int i = 0;
        while (i < words.size()) {
            boolean capital = !words.get(i).isEmpty() && !Character.isLowerCase(words.get(i).codePointAt(0));
            int n = depth[i] > 0 || !capital ? 0
                    : Math.max(Lexicon.leadingState(withEnd(words.subList(i, words.size()))), titledState(words, i));
            while (n > 0 && i + n < words.size() && MergedLineSeams.UNIT_HEADS.contains(Words.fold(words.get(i + n)))) {
                n++;
            }
            if (n > 0 && (i == 0 || !Words.CONNECTORS.contains(words.get(i - 1).toLowerCase(java.util.Locale.ROOT))
                    && !startsLowerCase(words.get(i - 1)) && !ORDINALS.contains(Words.fold(words.get(i - 1))))) {
                cuts.add(i);
                if (i + n < words.size() && !startsLowerCase(words.get(i + n))) {
                    cuts.add(i + n);
                }
                i += n;
            } else {
                i++;
            }
        }
        List<Integer> inner = cuts.stream().filter(c -> c > 0).toList();
        if (inner.size() < 2 && !(inner.size() == 1 && isStateName(words.subList(0, inner.get(0)))
                && isStateName(words.subList(inner.get(0), words.size())))) {
            return List.of(part);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int c : cuts) {
            if (c > from) {
                out.add(String.join(" ", words.subList(from, c)));
                from = c;
            }
        }
        out.add(String.join(" ", words.subList(from, words.size())));
        return out.stream().anyMatch(NameRuns::isStray) ? List.of(part) : out;
    }

    /** "East", "Co." of "East India Co.": one word left beside a state that is no name of its own. */
    private static boolean isStray(String piece) {
        return !piece.contains(" ") && !Lexicon.isState(Lexicon.key(piece)) && !Lexicon.isPeople(Lexicon.key(piece))
                && (piece.endsWith(".") || Words.GENERIC.contains(Words.fold(piece)) || COMPASS.contains(Words.fold(piece)));
    }

    private static final java.util.Set<String> COMPASS = java.util.Set.of("east", "west", "north", "south", "upper",
            "lower", "new", "old", "great", "greater", "little");

    /** "First French Republic", "Second Polish Republic": an ordinal is part of the state's name after it. */
    private static final java.util.Set<String> ORDINALS = java.util.Set.of("first", "second", "third", "fourth",
            "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");

    /** "Holy Roman Empire", "First French Republic": a state the lexicon knows, with or without an ordinal before it. */
    private static boolean isStateName(List<String> words) {
        List<String> name = !words.isEmpty() && ORDINALS.contains(Words.fold(words.get(0))) ? words.subList(1, words.size()) : words;
        return !name.isEmpty() && Lexicon.isState(Lexicon.key(String.join(" ", name)));
    }

    /** "Tatars from Golden Horde": a small word between two names joins them into one. */
    private static boolean startsLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.codePointAt(0));
    }

    /**
     * "Earldom of Orkney": a realm's title, "of" and one capitalised word name a state the lexicon may not know
     * (longer names, "Kingdom of Great Britain", are the lexicon's to know).
     */
    private static int titledState(List<String> words, int i) {
        if (i + 2 >= words.size() || !REALMS.contains(words.get(i)) || !words.get(i + 1).equals("of")) {
            return 0;
        }
        String place = words.get(i + 2);
        return !place.isEmpty() && Character.isUpperCase(place.codePointAt(0)) ? 3 : 0;
    }

    private static final java.util.Set<String> REALMS = java.util.Set.of("Kingdom", "Earldom", "Duchy", "Principality",
            "Republic", "Emirate", "Sultanate", "County", "Margraviate", "Electorate", "Khanate", "Caliphate", "Despotate",
            "Lordship", "Bishopric", "Archbishopric", "Tsardom", "Landgraviate", "Voivodeship", "Beylik");

    /** How many brackets are open where each word starts: "Germanic tribes (Cherusci, Marsi)" names one group. */
    private static int[] bracketDepths(List<String> words) {
        int[] depth = new int[words.size()];
        int open = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.startsWith("(")) {
                open++;
            }
            depth[i] = open;
            for (int k = w.startsWith("(") ? 1 : 0; k < w.length(); k++) {
                open += w.charAt(k) == '(' ? 1 : w.charAt(k) == ')' && open > 0 ? -1 : 0;
            }
        }
        return depth;
    }

    /** Lexicon.leadingState needs a word after the name; a sentinel lets a state end the run. */
    private static List<String> withEnd(List<String> words) {
        List<String> out = new ArrayList<>(words);
        out.add("");
        return out;
    }
}
