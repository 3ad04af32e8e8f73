package org.battlequiz.article;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word-level helpers: accent-free lower-case tokens, name stems and the irregular demonyms of common belligerents. */
final class Words {
    static final Set<String> CONNECTORS = Set.of("of", "de", "von", "van", "the", "and", "al", "bin", "ibn", "la",
            "le", "du", "der", "den", "y", "da", "di", "del", "des", "zu", "af", "ben", "el", "&", "on", "in", "its",
            "do", "dos", "das", "mac", "ap", "at", "for", "to");
    static final Set<String> GENERIC = Set.of("army", "front", "republic", "kingdom", "empire", "forces", "force",
            "state", "states", "united", "people", "peoples", "national", "royal", "free", "islamic", "liberation",
            "movement", "allies", "its", "and", "the", "of", "union", "group", "division", "corps", "brigade",
            "regiment", "battalion", "militia", "militias", "unit", "units", "fleet", "navy", "party", "council",
            "commander", "commanders", "troops", "fighters", "soldiers", "men", "supported", "by", "various",
            "government", "rebels", "rebel", "duchy", "county", "principality", "confederation", "league",
            "dynasty", "city", "legion", "other", "allied", "first", "second", "third");
    private static final Map<String, String> DEMONYMS = Map.ofEntries(
            Map.entry("french", "franc"), Map.entry("british", "britain"), Map.entry("english", "england"),
            Map.entry("dutch", "netherland"), Map.entry("spanish", "spain"), Map.entry("swedish", "swede"),
            Map.entry("danish", "denmark"), Map.entry("greek", "greec"), Map.entry("turkish", "turk"),
            Map.entry("welsh", "wales"), Map.entry("scottish", "scot"), Map.entry("polish", "pol"),
            Map.entry("portuguese", "portug"), Map.entry("chinese", "chin"), Map.entry("japanese", "japan"),
            Map.entry("vietnamese", "vietnam"), Map.entry("union", "united"), Map.entry("american", "united"),
            Map.entry("irish", "ireland"), Map.entry("finnish", "finland"), Map.entry("norwegian", "norway"),
            Map.entry("persian", "persia"), Map.entry("carthaginian", "carthag"), Map.entry("macedonian", "macedon"),
            Map.entry("athenian", "athen"), Map.entry("spartan", "sparta"), Map.entry("byzantine", "byzant"),
            Map.entry("mongol", "mongol"), Map.entry("israeli", "israel"), Map.entry("egyptian", "egypt"),
            Map.entry("pakistani", "pakistan"), Map.entry("iraqi", "iraq"), Map.entry("afghan", "afghan"));

    /** Country names whose usual adjective shares no stem with them: "British victory" names the United Kingdom. */
    private static final Map<String, String> ALSO_CALLED = Map.of("united kingdom", "britain", "ottoman", "turk",
            "holland", "netherland");

    private Words() {
    }

    static String fold(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toLowerCase(Locale.ROOT);
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /** Lower-case accent-free word tokens (letters and digits), in order. */
    static List<String> tokens(String s) {
        String f = fold(s);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= f.length(); i++) {
            boolean word = i < f.length() && Character.isLetterOrDigit(f.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(f.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** A crude stem that maps "Germans", "German", "Germany" alike; irregular demonyms map to their country stem. */
    static String stem(String token) {
        String t = fold(token);
        String mapped = DEMONYMS.get(t);
        if (mapped != null) {
            return mapped;
        }
        for (String suffix : List.of("ians", "ian", "ans", "ese", "ish", "ity", "ic", "ia", "an", "us", "es", "s", "y", "e")) {
            if (t.length() - suffix.length() >= 4 && t.endsWith(suffix)) {
                return t.substring(0, t.length() - suffix.length());
            }
        }
        return t;
    }

    static boolean stemsMatch(String a, String b) {
        if (a.length() < 3 || b.length() < 3) {
            return a.equals(b);
        }
        return a.startsWith(b) || b.startsWith(a);
    }

    /** The distinctive stems of a name: its tokens minus connectors, generic words and numbers. */
    static List<String> keyStems(String name) {
        List<String> out = new ArrayList<>();
        List<String> fallback = new ArrayList<>();
        for (String t : tokens(name)) {
            if (CONNECTORS.contains(t) || Character.isDigit(t.charAt(0)) || t.length() < 2) {
                continue;
            }
            (GENERIC.contains(t) ? fallback : out).add(stem(t));
        }
        List<String> stems = out.isEmpty() ? fallback : out;
        String folded = fold(name);
        ALSO_CALLED.forEach((country, stem) -> {
            if (folded.contains(country) && !stems.contains(stem)) {
                stems.add(stem);
            }
        });
        return stems;
    }

    /** 1 for the same stem, 0.8 when one stem only starts the other, else 0. */
    static double stemMatch(String a, String b) {
        return a.equals(b) ? 1 : stemsMatch(a, b) ? 0.8 : 0;
    }

    /** "Charles", and "‘Abdul" or "ʿUmar", whose first letter follows an ʿayn mark. */
    static boolean capitalized(String token) {
        int at = !token.isEmpty() && AYN_MARKS.indexOf(token.charAt(0)) >= 0 ? 1 : 0;
        return token.length() > at && Character.isUpperCase(token.codePointAt(at));
    }

    private static final String AYN_MARKS = "‘ʿʻ";
}
