package org.battlequiz.article;

import java.util.List;

/** Cleans belligerent and unit names: bullets, a trailing ":" and the flag alt text before the name. */
final class NameCleaner {
    private NameCleaner() {
    }

    private static final java.util.Set<String> PLACEHOLDERS = java.util.Set.of("unknown", "none", "n/a", "various",
            "supported by", "support", "in support", "backed by", "co-belligerents", "and", "see below", "see list",
            "unknown commanders", "other", "others", "and others", "minor belligerent", "minor belligerents",
            "vassal states", "vassals", "armed and supported by", "allies", "defected", "defectors",
            "material support", "logistical support", "naval support", "air support", "fighting for", "on behalf of");

    /** Not a name: "Unknown", "Supported by:", "Various", or what a flag image's year left ("1506", "Kingdom 1792"). */
    static boolean isPlaceholder(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replaceAll("[:.…]+$", "").strip();
        return PLACEHOLDERS.contains(n) || UNKNOWN_LEADER.matcher(n).matches() || FLAG_YEAR.matcher(n).matches();
    }

    /** "Muhammad Shah Mughal officers": a name with the description of the others under it run on; the name alone. */
    static String withoutTrailingDescription(String name) {
        String[] words = name.split(" ");
        int n = words.length;
        if (n < 4 || !DESCRIBED.contains(words[n - 1]) || !Words.capitalized(words[n - 2])
                || !Words.capitalized(words[0])) {
            return name;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, n - 2));
    }

    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("officers", "commanders", "leaders",
            "generals", "nobles", "chieftains");

    private static final java.util.regex.Pattern FLAG_YEAR = java.util.regex.Pattern.compile("(?:\\p{L}+ )?\\d{3,4}");

    /**
     * "Unknown Hungarian commander", "Tatar leaders", "Persian officers": a description where the page does not know
     * the name.
     */
    private static final java.util.regex.Pattern UNKNOWN_LEADER = java.util.regex.Pattern.compile(
            "(?:(?:unknown|unnamed) )?(?:[\\p{L}-]+ )?(?:commanders?|leaders?|chiefs?|officers|generals|nobles|chieftains)");

    private static final java.util.regex.Pattern FLAG_WORD_LABEL = java.util.regex.Pattern.compile(
            "^(?:\\p{Lu}[\\p{L}'.-]*\\s+){1,3}(?:standard|flag|banner|ensign|vexillum)\\s+(?=\\p{Lu})");

    /** "... and Sicambri).", "Abi Bakr.": a full stop after a bracket or a word, not "U.S.", "Jr." or "Gen.". */
    private static final java.util.regex.Pattern SENTENCE_STOP = java.util.regex.Pattern.compile("(?:\\)|\\p{Ll}{5}|(?<![\\p{L}.])(?!(?:Bros|Esq|Inc|Ltd|Gen|Col|Adm|Maj|Lt|Sgt|Capt)\\.)\\p{Lu}\\p{Ll}{2,})\\.$");

    static String clean(String text) {
        return dropFlagAlt(dropFlagWordLabel(trimMarks(dropQualifier(dropMarkupResidue(text)))));
    }

    /** "Rome standard Roman Republic" -> "Roman Republic": the label of a flag image left before the name. */
    static String dropFlagWordLabel(String text) {
        return FLAG_WORD_LABEL.matcher(text).replaceFirst("");
    }

    /** "border=no Cossack Hetmanate" -> "Cossack Hetmanate": an image option a reader left before the name. */
    static String dropMarkupResidue(String text) {
        String s = text.strip();
        while (true) {
            int space = s.indexOf(' ');
            String first = space < 0 ? s : s.substring(0, space);
            int eq = first.indexOf('=');
            if (eq <= 0 || eq == first.length() - 1 || space < 0) {
                return s;
            }
            s = s.substring(space + 1).strip();
        }
    }

    /** "Wallachia (secretly)" -> "Wallachia": a lower-case remark in brackets is not part of the name. */
    static String dropQualifier(String text) {
        String s = text.strip();
        int open = s.lastIndexOf(" (");
        if (open > 0 && s.endsWith(")") && s.length() > open + 2 && Character.isLowerCase(s.charAt(open + 2))) {
            return s.substring(0, open).strip();
        }
        return s;
    }

    /** Drops leading bullets and dashes and a trailing ":", "," or ";". */
    static String trimMarks(String text) {
        String s = text.strip();
        while (!s.isEmpty() && "•·*-–—".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        while (s.endsWith(":") || s.endsWith(",") || s.endsWith(";") || SENTENCE_STOP.matcher(s).find()) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    /**
     * "Syria Syrian Arab Republic" -> "Syrian Arab Republic": a leading short name repeated by the name after it.
     * A name that is one word doubled ("Cao Cao") is a name of its own, not a flag and its country, unless the word
     * is a state the lexicon knows ("Poland Poland").
     */
    static String dropFlagAlt(String s) {
        String[] words = s.split(" ");
        for (int n = 1; n <= Math.min(3, words.length / 2); n++) {
            String lead = String.join(" ", List.of(words).subList(0, n));
            String rest = String.join(" ", List.of(words).subList(n, words.length));
            if (lead.equals(rest) && Lexicon.isState(rest)) {
                return rest;
            }
            if (!Words.capitalized(words[n]) || lead.equals(rest) || Lexicon.leadingState(List.of(words)) > n) {
                continue;
            }
            List<String> leadStems = Words.tokens(lead).stream().map(Words::stem).toList();
            List<String> restStems = Words.tokens(rest).stream().map(Words::stem).toList();
            if (!leadStems.isEmpty() && leadStems.stream().allMatch(a -> restStems.stream()
                    .anyMatch(b -> Words.stemsMatch(a, b) && Math.min(a.length(), b.length()) >= 4 || a.equals(b)))) {
                return rest;
            }
        }
        return s;
    }
}
