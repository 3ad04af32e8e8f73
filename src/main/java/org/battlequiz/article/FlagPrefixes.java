package org.battlequiz.article;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flag labels a reader printed before names ("United States Ulysses S. Grant", "Russia Russia"): a state's
 * name from the lexicon, or a phrase that starts several lines of the article's two-column rows.
 */
final class FlagPrefixes {
    private static final int LONGEST = 8;
    private static final Set<String> FLAG_WORDS = Set.of("flag", "standard", "banner", "ensign", "arms", "vexillum");
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("\\p{Lu}\\.");
    private static final FlagPrefixes NONE = new FlagPrefixes(Set.of());

    private final Set<String> flags;

    private FlagPrefixes(Set<String> flags) {
        this.flags = flags;
    }

    /** "Earl of" before "Surrey", "Montrose" and "Bothwell" is the start of a title, never a flag label. */
    private static final java.util.regex.Pattern TITLE_START = java.util.regex.Pattern.compile(
            " (?:of|de|von|van|del|della|da|du|of the)$");

    /** "Holland M. Smith": a state's name before an initial, naming no belligerent of the page, is a given name. */
    private static boolean givenName(String key, List<String> words, Set<String> belligerentKeys) {
        return INITIAL.matcher(words.get(1)).matches() && belligerentKeys.stream().noneMatch(b -> b.contains(key));
    }

    static FlagPrefixes none() {
        return NONE;
    }

    static FlagPrefixes of(ExportLayout layout) {
        Map<String, Integer> starts = new HashMap<>();
        Set<String> belligerentKeys = new HashSet<>();
        for (TextLine l : layout.section(Section.BELLIGERENTS)) {
            belligerentKeys.add(Lexicon.key(NameCleaner.trimMarks(l.clean())));
        }
        Set<String> flags = new HashSet<>();
        for (Section s : List.of(Section.BELLIGERENTS, Section.COMMANDERS, Section.UNITS, Section.CASUALTIES)) {
            for (TextLine l : layout.section(s)) {
                List<String> words = List.of(NameCleaner.trimMarks(l.clean()).split(" "));
                if (words.get(0).isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0))) {
                    continue;
                }
                for (int n = 1; n <= Math.min(LONGEST, words.size() - 1); n++) {
                    if (!startsName(words.get(n))) {
                        continue;
                    }
                    String key = Lexicon.key(String.join(" ", words.subList(0, n)));
                    if (key.isEmpty() || Words.CONNECTORS.contains(key) || TITLE_START.matcher(key).find()) {
                        continue;
                    }
                    if (Lexicon.isState(key)
                            && (n > 1 || words.size() - n >= 2 && !givenName(key, words, belligerentKeys))) {
                        flags.add(key);
                    }
                    if (s != Section.BELLIGERENTS) {
                        starts.merge(key, 1, Integer::sum);
                    }
                }
            }
        }
        List<String[]> named = new java.util.ArrayList<>();
        for (Section s : List.of(Section.BELLIGERENTS, Section.COMMANDERS, Section.UNITS)) {
            for (TextLine l : layout.section(s)) {
                named.add(NameCleaner.trimMarks(l.clean()).split(" "));
            }
        }
        for (String[] words : named) {
            flags.addAll(flagWordPhrases(words, named));
        }
        starts.forEach((key, count) -> {
            boolean belligerent = belligerentKeys.stream().anyMatch(b -> b.equals(key) || b.endsWith(" " + key)
                    || key.indexOf(' ') > 0 && b.startsWith(key + " "));
            if (count >= 2 && belligerent || count >= 3 && key.indexOf(' ') > 0 && !extendsAState(key)) {
                flags.add(key);
            }
        });
        flags.addAll(midLineStates(layout));
        flags.addAll(beforeHonorifics(layout, flags));
        return new FlagPrefixes(flags);
    }

    /** "North Korea Kim", repeated before "Kim Chaek" and "Kim Ung": the word after a state starts the name. */
    private static boolean extendsAState(String key) {
        for (int space = key.lastIndexOf(' '); space > 0; space = key.lastIndexOf(' ', space - 1)) {
            if (Lexicon.isState(key.substring(0, space))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Lower Canada Sir George Prévost" among commanders labelled "United States ...": where two lines start with a
     * known label, one or two words before an honorific or rank are a label too.
     */
    private static Set<String> beforeHonorifics(ExportLayout layout, Set<String> flags) {
        List<String[]> lines = layout.section(Section.COMMANDERS).stream()
                .map(l -> NameCleaner.trimMarks(l.clean()).split(" ")).toList();
        long labelled = lines.stream().filter(words -> startsWithOneOf(words, flags)).count();
        Set<String> out = new HashSet<>();
        if (labelled < 2) {
            return out;
        }
        for (String[] words : lines) {
            for (int n = 1; n <= 2 && n + 1 < words.length; n++) {
                List<String> label = List.of(words).subList(0, n);
                boolean capitalised = label.stream().allMatch(FlagPrefixes::startsName)
                        && Lexicon.leadingTitles(label.toArray(String[]::new)) == 0;
                if (capitalised && Lexicon.leadingTitles(java.util.Arrays.copyOfRange(words, n, words.length)) > 0) {
                    out.add(Lexicon.key(String.join(" ", label)));
                }
            }
        }
        return out;
    }

    private static boolean startsWithOneOf(String[] words, Set<String> flags) {
        for (int n = 1; n <= Math.min(LONGEST, words.length - 1); n++) {
            if (flags.contains(Lexicon.key(String.join(" ", List.of(words).subList(0, n))))) {
                return true;
            }
        }
        return false;
    }

    /** The longest line read as two columns merged; a longer one is prose or a list, not two names. */
    private static final int MERGED_LINE_WORDS = 40;

    /**
     * "United States Winfield Scott Mexico Antonio López de Santa Anna": a state of the Belligerents row written
     * inside a commanders' line before a name is that name's flag label, once the line is cut between the columns.
     */
    private static Set<String> midLineStates(ExportLayout layout) {
        Set<String> states = new HashSet<>();
        for (TextLine l : layout.section(Section.BELLIGERENTS)) {
            String[] words = NameCleaner.trimMarks(l.clean()).split(" ");
            if (words.length > MERGED_LINE_WORDS) {
                continue;
            }
            for (int n = 1; n <= 3; n++) {
                for (int at = 0; at + n <= words.length; at++) {
                    String key = Lexicon.key(String.join(" ", List.of(words).subList(at, at + n)));
                    if (!key.isEmpty() && Lexicon.isState(key)) {
                        states.add(key);
                    }
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (TextLine l : layout.section(Section.COMMANDERS)) {
            String[] words = NameCleaner.trimMarks(l.clean()).split(" ");
            if (words.length > MERGED_LINE_WORDS || words.length < 5) {
                continue;
            }
            // "United States Ulysses S. Grant Confederate States of America John C. Pemberton": a row that opens with a
            // state's flag label prints the other column's label too, named or not among the belligerents.
            boolean labelled = Lexicon.leadingState(List.of(words)) > 0;
            for (int at = 2; at < words.length - 2; at++) {
                for (int n = 1; n <= 5 && at + n < words.length - 1; n++) {
                    String key = Lexicon.key(String.join(" ", List.of(words).subList(at, at + n)));
                    boolean named = states.contains(key) || Lexicon.isState(key) && (states.stream()
                            .anyMatch(state -> key.endsWith(" " + state)) || labelled && n >= 2);
                    if (named && startsName(words[at + n]) && startsName(words[at - 1])) {
                        out.add(key);
                    }
                }
            }
        }
        return out;
    }

    /**
     * Flag labels that say they are one: "Carthage standard", "Flag of the Habsburg Monarchy" (each length of the
     * "Flag of" phrase is kept; the longest that a name follows wins when the flag is dropped).
     */
    private static List<String> flagWordPhrases(String[] words, List<String[]> lines) {
        List<String> out = new java.util.ArrayList<>();
        for (int k = 1; k < words.length; k++) {
            if (FLAG_WORDS.contains(words[k]) && Character.isUpperCase(words[k - 1].codePointAt(0))) {
                out.add(Lexicon.key(words[k - 1] + " " + words[k]));
            }
        }
        if (words.length > 3 && FLAG_WORDS.contains(words[0].toLowerCase(java.util.Locale.ROOT)) && words[1].equals("of")) {
            for (int m = Math.min(words.length - 1, LONGEST + 2); m >= 3; m--) {
                final int n = m;
                String phrase = String.join(" ", List.of(words).subList(0, n));
                String rest = String.join(" ", List.of(words).subList(n, words.length));
                if (Words.CONNECTORS.contains(words[n - 1].toLowerCase(java.util.Locale.ROOT)) || !startsName(words[n])) {
                    continue;
                }
                boolean shared = lines.stream().filter(l -> l != words && l.length > n
                        && String.join(" ", List.of(l).subList(0, n)).equals(phrase)).count() >= 1;
                List<String> ps = Words.keyStems(phrase);
                boolean repeats = Words.keyStems(rest).stream().anyMatch(r -> ps.stream().anyMatch(f -> Words.stemsMatch(r, f)));
                if (shared || repeats || Lexicon.isState(rest)) {
                    out.add(Lexicon.key(phrase));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean startsName(String word) {
        return !word.isEmpty() && (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.charAt(0)));
    }

    /** The number of leading words of the text that are a flag label with a name after it, 0 when none. */
    int flagWords(String clean) {
        if (flags.isEmpty()) {
            return 0;
        }
        List<String> words = List.of(NameCleaner.trimMarks(clean).split(" "));
        if (words.get(0).isEmpty() || !Character.isUpperCase(words.get(0).codePointAt(0))) {
            return 0;
        }
        for (int n = Math.min(LONGEST + 2, words.size() - 1); n >= 1; n--) {
            if (startsName(words.get(n)) && flags.contains(Lexicon.key(String.join(" ", words.subList(0, n))))) {
                return n;
            }
        }
        return 0;
    }

    /** The icon a reader printed before the line ("Flag of Spain.svg"), else its flag label, or "" for neither. */
    String flagOrIcon(TextLine line) {
        return line.icon().isEmpty() ? flag(line.clean()) : line.icon();
    }

    /** The flag label at the start of the text, or "" when there is none. */
    String flag(String clean) {
        int n = flagWords(clean);
        return n == 0 ? "" : String.join(" ", List.of(NameCleaner.trimMarks(clean).split(" ")).subList(0, n));
    }

    /**
     * A commander's or unit's line without the flag label before the name; a heading keeps its colon ("U.S. Navy:"
     * gives "Navy:").
     */
    String strip(String text) {
        String trimmed = NameCleaner.trimMarks(text);
        int n = flagWords(trimmed);
        if (n == 0) {
            return text;
        }
        String[] words = trimmed.split(" ");
        String rest = String.join(" ", List.of(words).subList(n, words.length));
        return text.strip().endsWith(":") && !rest.endsWith(":") ? rest + ":" : rest;
    }

    /** A belligerent's line loses its flag label only when the name after it repeats it ("Russia Russia"). */
    String stripBelligerent(String text) {
        String rest = strip(text);
        if (rest.equals(text)) {
            return text;
        }
        String trimmed = NameCleaner.trimMarks(text);
        String flag = trimmed.substring(0, trimmed.length() - rest.length()).strip();
        List<String> flagStems = Words.keyStems(flag);
        boolean repeats = Words.keyStems(rest).stream().anyMatch(r -> flagStems.stream().anyMatch(f -> Words.stemsMatch(r, f)));
        return repeats ? rest : text;
    }

    /**
     * How many last words of the text are a flag label ("Piet Hale Tolm Empire" gives 2), longest first, leaving at
     * least the given number of words before them; 0 when none are.
     */
    int trailingFlagWords(String text, int keep) {
        String[] words = text.strip().split(" ");
        for (int n = Math.min(3, words.length - keep); n >= 1; n--) {
            if (isFlag(String.join(" ", java.util.Arrays.copyOfRange(words, words.length - n, words.length)))) {
                return n;
            }
        }
        return 0;
    }

    boolean isFlag(String phrase) {
        return flags.contains(Lexicon.key(phrase));
    }

    /** Whether the left text ends with a flag label that the name on the right repeats ("Russia | Russia"). */
    boolean labelsNext(String left, String right) {
        if (flags.isEmpty()) {
            return false;
        }
        List<String> words = List.of(left.strip().split(" "));
        List<String> next = List.of(right.strip().split(" "));
        for (int n = 1; n <= Math.min(LONGEST, words.size()); n++) {
            String flag = String.join(" ", words.subList(words.size() - n, words.size()));
            if (flags.contains(Lexicon.key(flag))) {
                String following = String.join(" ", next.subList(0, Math.min(n + 1, next.size())));
                List<String> flagStems = Words.tokens(flag).stream().filter(w -> !Words.GENERIC.contains(w))
                        .map(Words::stem).toList();
                if (flagStems.isEmpty()) {
                    return Lexicon.key(following).startsWith(Lexicon.key(flag));
                }
                List<String> nextStems = Words.keyStems(following);
                return nextStems.stream().anyMatch(a -> flagStems.stream().anyMatch(b -> Words.stemsMatch(a, b)));
            }
        }
        return false;
    }

    /** Whether the text starts with a flag label (so a merged line may be cut there). */
    boolean startsWithFlag(String clean) {
        return flagWords(clean) > 0;
    }
}
