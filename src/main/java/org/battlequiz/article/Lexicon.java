package org.battlequiz.article;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parser's one vocabulary, kept as resource files under /lexicon: states and polities (as flag labels name
 * them), ranks, honorifics, status marks, nationality adjectives and months. Matching is on folded words.
 */
final class Lexicon {
    private static final Set<String> STATES = foldedLines("states.txt");
    private static final int LONGEST_STATE = longest(STATES);
    private static final Set<String> TITLES = exactLines("ranks.txt", "honorifics.txt");
    private static final Set<String> RANKS = exactLines("ranks.txt");
    private static final int LONGEST_TITLE = 4;
    private static final Map<String, Set<String>> DEMONYMS = demonyms();
    private static final Set<String> GIVEN_NAMES = foldedLines("given-names.txt");
    private static final Set<String> PRAENOMINA = foldedLines("praenomina.txt");

    private Lexicon() {
    }

    /** "United Kingdom of Great Britain and Ireland" for "United Kingdom": a state's long form of a short name. */
    static boolean isLongFormOf(String longForm, String shortName) {
        return longForm.startsWith(shortName + " of ") && isState(key(longForm));
    }

    /** "Michel", "Édouard", "Jean-Andoche": a common given name, written with its capital. */
    static boolean isGivenName(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        int hyphen = word.indexOf('-');
        String given = key(hyphen > 0 ? word.substring(0, hyphen) : word);
        return GIVEN_NAMES.contains(given) || PRAENOMINA.contains(given);
    }

    /** "Quintus", "Gnaeus": a Roman first name, after which come the man's nomen and cognomen. */
    static boolean isPraenomen(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && PRAENOMINA.contains(key(word));
    }

    /** "Col.", "Major", "Admiral": one word that is a military rank. */
    static boolean isRank(String word) {
        return RANKS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** The states or peoples an adjective names, as folded keys: "french" gives "france", "kingdom of france", ... */
    static Set<String> namedBy(String adjective) {
        return DEMONYMS.getOrDefault(key(adjective), Set.of());
    }

    /** Whether the words are a state's name as flag labels give it ("Kingdom of Great Britain", "Wallachia"). */
    static boolean isState(String phrase) {
        return STATES.contains(key(phrase));
    }

    /** Whether the word names a ruling house the states list as a dynasty ("Qing" of "Qing dynasty"). */
    static boolean isDynasty(String word) {
        return isState(word + " dynasty");
    }

    /** Whether the name is a people's, as the demonyms give it: its own adjective ("Lakota", "Sioux"). */
    static boolean isPeople(String name) {
        return namedBy(name).contains(key(name));
    }

    /** The number of leading words of the text that name a state, longest first; 0 when none do. */
    static int leadingState(List<String> words) {
        for (int n = Math.min(LONGEST_STATE, words.size() - 1); n >= 1; n--) {
            if (STATES.contains(key(String.join(" ", words.subList(0, n))))) {
                return n;
            }
        }
        return 0;
    }

    /** The number of leading words that are ranks or honorifics ("Lt. Gen.", "Sir"), keeping one word at least. */
    static int leadingTitles(String[] words) {
        int i = 0;
        boolean found = true;
        while (found && i < words.length - 1) {
            found = false;
            for (int n = Math.min(LONGEST_TITLE, words.length - 1 - i); n >= 1; n--) {
                if (TITLES.contains(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)).toLowerCase(java.util.Locale.ROOT))) {
                    i += n;
                    found = true;
                    break;
                }
            }
        }
        return i;
    }

    private static Set<String> exactLines(String... files) {
        Set<String> out = new HashSet<>();
        for (String f : files) {
            for (String line : lines(f)) {
                out.add(line.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return out;
    }

    static String key(String phrase) {
        return String.join(" ", Words.tokens(phrase));
    }

    private static int longest(Set<String> entries) {
        int n = 1;
        for (String e : entries) {
            n = Math.max(n, e.split(" ").length);
        }
        return n;
    }

    static List<String> lines(String file) {
        InputStream in = Lexicon.class.getResourceAsStream("/lexicon/" + file);
        if (in == null) {
            throw new IllegalStateException("missing lexicon file " + file);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("# ")) {
                    out.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Set<String> foldedLines(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            String k = key(line);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    private static Map<String, Set<String>> demonyms() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String line : lines("demonyms.txt")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.computeIfAbsent(key(line.substring(0, tab)), k -> new HashSet<>()).add(key(line.substring(tab + 1)));
            }
        }
        for (String line : lines("combining-forms.txt")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                Set<String> named = out.getOrDefault(key(line.substring(tab + 1)), Set.of());
                out.computeIfAbsent(key(line.substring(0, tab)), k -> new HashSet<>()).addAll(named);
            }
        }
        return out;
    }

    static Map<String, String> pairs(String file) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.putIfAbsent(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        }
        return out;
    }
}
