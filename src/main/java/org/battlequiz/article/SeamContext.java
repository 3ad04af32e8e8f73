package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** What the seam finder may consult: the body text and, once known, the belligerent stems of each side. */
final class SeamContext {
    private final String body;
    private final List<List<String>> sideStems = new ArrayList<>();
    private final List<java.util.Set<String>> sideKeys = new ArrayList<>();
    private final java.util.Set<String> proper = new java.util.HashSet<>();
    private List<java.util.Set<String>> sideIcons = List.of();

    private final List<String> sentences;
    private FlagPrefixes flags = FlagPrefixes.none();
    private String victors = "";
    private String start;

    SeamContext(String bodyText) {
        this.sentences = Sentences.split(bodyText);
        this.body = " " + String.join(" ", Words.tokens(bodyText)) + " ";
        String[] words = bodyText.split(" ");
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (Words.capitalized(w) && !words[i - 1].endsWith(".")) {
                proper.addAll(Words.tokens(w));
            }
        }
    }

    void knowSides(List<List<String>> belligerentNames) {
        sideStems.clear();
        sideKeys.clear();
        for (List<String> names : belligerentNames) {
            List<String> stems = new ArrayList<>();
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (String n : names) {
                stems.addAll(Words.keyStems(n));
                keys.add(Lexicon.key(n));
            }
            sideStems.add(stems);
            sideKeys.add(keys);
        }
    }

    void knowIcons(List<java.util.Set<String>> iconsPerSide) {
        sideIcons = List.copyOf(iconsPerSide);
    }

    /** 1 when only side 0's belligerents were printed under this icon file, -1 for side 1, else 0. */
    double iconSide(String icon) {
        if (sideIcons.size() != 2) {
            return 0;
        }
        boolean first = sideIcons.get(0).contains(icon);
        boolean second = sideIcons.get(1).contains(icon);
        return first == second ? 0 : first ? 1 : -1;
    }

    /**
     * Where one side's belligerents were printed under icons and the other's under none, a line with no icon or flag
     * in a list that has such icons leans to the side printed without: 1 for side 0, -1 for side 1, else 0.
     */
    double iconlessSide() {
        if (sideIcons.size() != 2 || sideIcons.get(0).isEmpty() == sideIcons.get(1).isEmpty()) {
            return 0;
        }
        return sideIcons.get(0).isEmpty() ? 1 : -1;
    }

    /** Remembers who the Result row says won ("Franco-American" of "Franco-American victory. Treaty of ..."). */
    void useResult(String result) {
        victors = VictorPhrase.of(result);
    }

    /** The battle's first day as read ("1943-04-06", "1943"), or null. */
    void useStart(String iso) {
        start = iso;
    }

    String start() {
        return start;
    }

    String victors() {
        return victors;
    }

    void useFlags(FlagPrefixes flags) {
        this.flags = flags;
    }

    FlagPrefixes flags() {
        return flags;
    }

    List<String> sentences() {
        return sentences;
    }

    boolean sidesKnown() {
        return sideStems.size() == 2;
    }

    /** Positive when the text names side 0's belligerents, negative for side 1's. */
    double lean(String text) {
        if (!sidesKnown() || text.isBlank()) {
            return 0;
        }
        String named = withoutForeignFlag(text);
        return mentions(named, sideStems.get(0)) - mentions(named, sideStems.get(1))
                + adjectives(named, sideKeys.get(0)) - adjectives(named, sideKeys.get(1));
    }

    /**
     * "South Korea Chung Il-Kwon" where the sides are "United Nations" and "North Korea": a state's flag label that
     * names no belligerent shares words with one ("Korea", "United") without pointing to it, so it is left out.
     */
    private String withoutForeignFlag(String text) {
        List<String> words = List.of((text.strip() + " .").split(" "));
        int n = Lexicon.leadingState(words);
        if (n == 0 || namesABelligerent(Lexicon.key(String.join(" ", words.subList(0, n))))) {
            return text;
        }
        return String.join(" ", words.subList(n, words.size() - 1));
    }

    /**
     * Which side's belligerents a flag label names: 0 or 1 when only that side's, {@link #NO_SIDE} when it names none
     * ("United States" under "United Nations"), {@link #BOTH_SIDES} when both or the sides are not known.
     */
    int flagSide(String flag) {
        if (!sidesKnown() || flag.isEmpty()) {
            return BOTH_SIDES;
        }
        String key = Lexicon.key(flag);
        boolean first = namesOneOf(key, sideKeys.get(0));
        boolean second = namesOneOf(key, sideKeys.get(1));
        return first == second ? (first ? BOTH_SIDES : NO_SIDE) : first ? 0 : 1;
    }

    static final int NO_SIDE = -1;
    static final int BOTH_SIDES = 2;

    private boolean namesABelligerent(String key) {
        return sideKeys.stream().anyMatch(keys -> namesOneOf(key, keys));
    }

    /** Whether the key and one of the belligerent keys hold each other whole ("china" and "people's republic of china"). */
    private static boolean namesOneOf(String key, java.util.Set<String> belligerentKeys) {
        return belligerentKeys.stream().anyMatch(b -> NamedEntry.isNamedWholeIn(key, b) || NamedEntry.isNamedWholeIn(b, key));
    }

    /** Nationality words that name one of the belligerents ("British: 7,000+" for "Great Britain"). */
    private static int adjectives(String text, java.util.Set<String> keys) {
        int n = 0;
        for (String t : Words.tokens(text)) {
            java.util.Set<String> named = new java.util.HashSet<>(Lexicon.namedBy(t));
            if (t.endsWith("s")) {
                named.addAll(Lexicon.namedBy(t.substring(0, t.length() - 1)));
            }
            if (named.stream().anyMatch(keys::contains) && !keys.contains(Lexicon.key(t))) {
                n++;
            }
        }
        return n;
    }

    static int mentions(String text, List<String> stems) {
        int n = 0;
        for (String t : Words.tokens(text)) {
            String st = Words.stem(t);
            for (String s : stems) {
                if (Words.stemsMatch(st, s)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /** Whether the body contains the phrase as a run of whole words (accents and case ignored). */
    boolean inBody(String phrase) {
        List<String> t = Words.tokens(phrase);
        return !t.isEmpty() && body.contains(" " + String.join(" ", t) + " ");
    }

    /** Whether a sentence of the body writes the two words side by side, as one name ("Shanhai Pass"). */
    boolean writesTogether(String first, String second) {
        return writes(first + " " + second);
    }

    private boolean writes(String phrase) {
        List<String> holding = sentences.stream().filter(sentence -> sentence.contains(phrase)).toList();
        if (holding.isEmpty()) {
            return false;
        }
        java.util.regex.Pattern p = java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(phrase)
                + "(?!\\p{L})");
        return holding.stream().anyMatch(sentence -> p.matcher(sentence).find());
    }

    private static final int LONGEST_RUN = 8;

    /**
     * "Alexandros Mavrokordatos Markos Botsaris": two names of two words or more that the body writes each on its own
     * ("led by Alexandros Mavrokordatos with Markos Botsaris") and never as one. The name as read otherwise.
     */
    List<String> atNamesInBody(String name) {
        String[] words = name.strip().split(" ");
        if (words.length < 4 || words.length > LONGEST_RUN || writes(name.strip())
                || java.util.Arrays.stream(words).anyMatch(w -> !Words.capitalized(w))) {
            return List.of(name);
        }
        for (int k = 2; k <= words.length - 2; k++) {
            String left = String.join(" ", java.util.Arrays.copyOfRange(words, 0, k));
            String right = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            if (writes(left) && writes(right)) {
                return List.of(left, right);
            }
        }
        return List.of(name);
    }

    /**
     * "Humayun Bairam Khan (POW)": a one-word name the body uses on its own, again and again and never with the next
     * word, run into the next commander's name by a reader that lost the line break. The name as read otherwise.
     */
    List<String> atLoneName(String name) {
        String[] words = name.strip().split(" ");
        if (words.length < 3 || words[0].length() < 4 || !Words.capitalized(words[0]) || !Words.capitalized(words[1])
                || !words[0].chars().allMatch(Character::isLetter)
                || java.util.Arrays.stream(words).anyMatch(w -> Character.isLowerCase(w.codePointAt(0)))) {
            return List.of(name);
        }
        int alone = 0;
        for (String sentence : sentences) {
            String[] t = sentence.split("\\s+");
            for (int i = 0; i < t.length; i++) {
                String w = t[i].replaceAll("[\\p{P}&&[^'’-]]+$", "").replaceAll("['’]s$", "");
                if (!w.equals(words[0])) {
                    continue;
                }
                boolean capitalBefore = i > 0 && Words.capitalized(t[i - 1]) && !t[i - 1].matches(".*[.,;:]$");
                String next = i + 1 < t.length ? t[i + 1] : "";
                if (!t[i].equals(w) && !t[i].endsWith("'s") && !t[i].endsWith("’s") || next.isEmpty()
                        || !Words.capitalized(next)) {
                    alone += capitalBefore ? 0 : 1;
                } else if (next.startsWith(words[1])) {
                    return List.of(name);
                }
            }
        }
        return alone >= 2 ? List.of(words[0], name.strip().substring(words[0].length()).strip()) : List.of(name);
    }

    boolean isKnownProper(String token) {
        String st = Words.stem(token);
        for (List<String> stems : sideStems) {
            for (String s : stems) {
                if (Words.stemsMatch(st, s)) {
                    return true;
                }
            }
        }
        return proper.contains(Words.fold(token));
    }
}
