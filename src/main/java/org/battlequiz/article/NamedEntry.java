package org.battlequiz.article;

/**
 * A belligerent or unit name with its provenance, how sure the parser is of its side (0..1), and whether the infobox
 * lists it only as supporting or alleged ("Supported by:", "Alleged:") rather than as fighting.
 */
public record NamedEntry(String name, SourceLine source, double confidence, boolean supporting) {

    public NamedEntry(String name, SourceLine source, double confidence) {
        this(name, source, confidence, false);
    }

    /** Whether the name is a state or city as the parser's lexicon knows it ("Athens", "Wallachia"), not a people. */
    public static boolean namesAState(String name) {
        return name != null && Lexicon.isState(name);
    }

    /** "French", "Dutch", "Swiss": a word the lexicon knows as naming a people or its state; "Ansbach" is none. */
    public static boolean isNationWord(String word) {
        return word != null && !Lexicon.namedBy(word).isEmpty();
    }

    /** "Covenanters", "Voortrekkers": the plural of a people's own name ("Covenanter"), which takes "the". */
    public static boolean namesAPeople(String name) {
        return name != null && name.endsWith("s") && !name.contains(" ")
                && Lexicon.namedBy(name.substring(0, name.length() - 1)).contains(Lexicon.key(name));
    }

    /** "Ferdinand", "Jean-Pierre": a common given name (from the lexicon), which no learner types as a surname. */
    public static boolean isGivenName(String word) {
        return word != null && Lexicon.isGivenName(word);
    }

    /** "Pasha", "Bey": a title written after a man's name, which is neither his name nor a short form of it. */
    public static boolean isTitleAfterName(String word) {
        return word != null && TITLES_AFTER_NAMES.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> TITLES_AFTER_NAMES = java.util.Set.of("bey", "pasha", "agha", "aga",
            "efendi", "effendi", "beg", "khan");

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile("\\([^()]*\\)");

    /**
     * Whether a text such as a result ("Decisive French victory", "Ottoman victory") names this belligerent: by one
     * of its distinctive words, or by an adjective the lexicon gives for exactly this name.
     */
    public static boolean isNamedIn(String text, String name) {
        if (text == null || name == null) {
            return false;
        }
        String bare = BRACKETED.matcher(name).replaceAll(" ");
        java.util.List<String> said = Words.tokens(text);
        for (String word : Words.tokens(name)) {
            if (word.length() >= 4 && !GENERIC.contains(word) && said.stream().anyMatch(w -> sameStem(w, word))) {
                return true;
            }
        }
        String whole = stateOf(Lexicon.key(bare));
        return said.stream().anyMatch(w -> Lexicon.namedBy(w).contains(whole));
    }

    /** The key of the state a belligerent's name gives, without a force noun ("Joseon navy" -> "joseon"). */
    static String stateKey(String name) {
        return stateOf(Lexicon.key(BRACKETED.matcher(name).replaceAll(" ")));
    }

    /** "joseon navy" -> "joseon": the state a force is named for, which an adjective ("Korean") names. */
    private static String stateOf(String key) {
        int last = key.lastIndexOf(' ');
        return last > 0 && MergedLineSeams.UNIT_HEADS.contains(key.substring(last + 1)) ? key.substring(0, last) : key;
    }

    /**
     * Stricter than {@link #isNamedIn}: the text says the name's acronym in brackets ("UNITA"), or most of its
     * distinctive words, so "South Africa" does not name the South West African People's Organisation.
     */
    static boolean isNamedWholeIn(String text, String name) {
        if (text == null || name == null) {
            return false;
        }
        if (saysWhole(text, name)) {
            return true;
        }
        java.util.List<String> said = Words.tokens(text);
        java.util.regex.Matcher acronym = java.util.regex.Pattern.compile("\\(([^()]+)\\)").matcher(name);
        while (acronym.find()) {
            if (Words.tokens(acronym.group(1)).stream().anyMatch(said::contains)) {
                return true;
            }
        }
        String whole = stateOf(Lexicon.key(BRACKETED.matcher(name).replaceAll(" ")));
        if (said.stream().anyMatch(w -> Lexicon.namedBy(w).contains(whole))) {
            return true;
        }
        java.util.List<String> words = Words.tokens(BRACKETED.matcher(name).replaceAll(" ")).stream()
                .filter(w -> w.length() >= 4 && !GENERIC.contains(w)).toList();
        long named = words.stream().filter(word -> said.stream().anyMatch(w -> sameStem(w, word))).count();
        return words.isEmpty() ? isNamedIn(text, name) : 2 * named > words.size();
    }

    /** "United Kingdom" in "United Kingdom Robert Finnis": a name of generic words only is named by all of them. */
    private static boolean saysWhole(String text, String name) {
        String key = Lexicon.key(BRACKETED.matcher(name).replaceAll(" "));
        return !key.isBlank() && (" " + Lexicon.key(text) + " ").contains(" " + key + " ");
    }

    private static boolean sameStem(String a, String b) {
        int n = Math.min(Math.min(a.length(), b.length()), 6);
        return n >= 4 && a.regionMatches(0, b, 0, n) && Math.abs(a.length() - b.length()) <= 4;
    }

    private static final java.util.Set<String> GENERIC = java.util.Set.of("kingdom", "empire", "republic", "state",
            "states", "united", "army", "armies", "forces", "force", "allies", "allied", "people", "first", "second",
            "third", "grand", "holy", "great", "free", "democratic", "federal", "royal", "imperial", "national",
            "front", "movement", "government", "monarchy", "dynasty", "confederation", "league", "union");
}
