package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a run of people's names that a reader printed on one line with nothing between them ("Erich von
 * Falkenhayn Crown Prince Wilhelm Max von Gallwitz") by the usual shape of a name: two name words, with particles,
 * initials, titles, numerals and status marks attached. The split with the lowest total cost wins.
 */
final class NameSegmenter {
    private static final Set<String> PARTICLES = Set.of("von", "van", "de", "der", "den", "du", "des", "del", "della",
            "di", "da", "do", "dos", "das", "la", "le", "of", "the", "al", "el", "bin", "ibn", "ben", "y", "zu", "af", "ter", "bint", "abi");
    /** "al-Tamimi": a name never starts with a lower-case article. */
    private static final java.util.regex.Pattern LOWER_ARTICLE = java.util.regex.Pattern.compile("\\p{Ll}{1,3}-");
    /** "al-Walid", "'Amr": a name word whose capital comes after an article or an apostrophe. */
    private static final java.util.regex.Pattern ARABIC_CORE = java.util.regex.Pattern.compile("(?:\\p{Ll}{1,3}-['’‘ʿ]?|['’‘ʿʻ])\\p{Lu}.*");
    private static final Set<String> LEADING_TITLES = Set.of("sir", "crown", "prince", "king", "queen", "emperor", "pope",
            "duke", "count", "earl", "lord", "grand", "sultan", "tsar", "archduke", "marshal", "general", "admiral");
    private static final Set<String> TRAILING_TITLES = Set.of("pasha", "bey", "khan", "jr.", "jr", "sr.", "sr",
            "effendi", "agha", "shah");
    /** "Jr." and "Sr." close a full name ("Simon Bolivar Buckner Jr."), never a surname alone. */
    private static final Set<String> GENERATIONS = Set.of("jr.", "jr", "sr.", "sr");
    private static final int MIN_WORDS = 5;
    private static final int MIN_RUN = 7;
    /** "Lord Raglan François Canrobert": a title and a name, then a second name, is already a run. */
    private static final int TITLED_RUN = 4;
    private static final int MARKED_PART = 4;
    private static final int MAX_WORDS = 80;
    private static final int LONGEST_NAME = 7;

    private NameSegmenter() {
    }

    /** The names in the text, or the text alone when it does not look like a run of several names. */
    static List<String> split(String clean) {
        return withNumeralsOnTheirNames(people(clean));
    }

    /** "Aldo Brenn defected: Tarn Osk Tarn Ulf": a sub-heading a reader ran in among the names separates them. */
    private static final java.util.regex.Pattern SUB_HEADING = java.util.regex.Pattern.compile(
            "(?:^|\\s)(?:defected|defectors|reinforcements|later|supported by):\\s+(?=\\p{Lu})");

    /**
     * "Olaf Guthfrithson Constantine" | "II of Scotland": a ruler's numeral never begins a name, so the word before it
     * goes with it.
     */
    private static List<String> withNumeralsOnTheirNames(List<String> people) {
        List<String> out = new ArrayList<>(people);
        for (int i = 1; i < out.size(); i++) {
            String[] before = out.get(i - 1).split(" ");
            if (isRoman(out.get(i).split(" ")[0]) && before.length >= 2) {
                out.set(i - 1, joined(before, 0, before.length - 1));
                out.set(i, before[before.length - 1] + " " + out.get(i));
            }
        }
        return out;
    }

    private static List<String> people(String clean) {
        java.util.regex.Matcher heading = SUB_HEADING.matcher(clean);
        if (heading.find()) {
            List<String> out = new ArrayList<>();
            String before = clean.substring(0, heading.start()).strip();
            if (!before.isEmpty()) {
                out.addAll(split(before));
            }
            out.addAll(split(clean.substring(heading.end()).strip()));
            return out;
        }
        if (ONE_TITLED_NAME.matcher(clean.strip()).matches()) {
            return List.of(clean.strip());
        }
        List<String> people = atStatusMarks(clean);
        if (people != null) {
            return people;
        }
        people = aroundAnd(clean);
        if (people != null) {
            return people;
        }
        people = afterInitialledName(clean);
        if (people != null) {
            return people;
        }
        people = regnalNames(clean);
        if (people != null) {
            return people;
        }
        people = aroundRegnalNames(clean);
        if (people != null) {
            return people;
        }
        people = atRepeatedGivenName(clean);
        if (people != null) {
            return people;
        }
        people = aroundTitles(clean);
        if (people != null) {
            return people;
        }
        people = titledPlaces(clean);
        if (people != null) {
            return people;
        }
        people = beforeByname(clean);
        if (people != null) {
            return people;
        }
        people = japanesePairs(clean);
        if (people != null) {
            return people;
        }
        people = atGivenNames(clean);
        if (people != null) {
            return people;
        }
        int dagger = clean.indexOf('†');
        boolean marked = dagger >= 0 && dagger < clean.strip().length() - 1;
        boolean titled = LEADING_TITLES.contains(lower(clean.strip().split(" ")[0]));
        return split(clean, marked ? MIN_WORDS : titled ? TITLED_RUN : MIN_RUN);
    }

    /** "Hitoshi Imamura Toru Okabe": romanized Japanese names are of two words each. Null unless every pair is one. */
    private static List<String> japanesePairs(String clean) {
        String[] words = clean.strip().split(" ");
        if (words.length < 4 || words.length % 2 != 0 || words.length > 8) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i += 2) {
            String name = words[i] + " " + words[i + 1];
            if (!Orthography.romanizedJapanese(name)) {
                return null;
            }
            out.add(name);
        }
        return out;
    }

    private static final java.util.regex.Pattern AFTER_MARK = java.util.regex.Pattern.compile(
            "(?<=[†‡]|\\((?:KIA|DOW|POW|WIA|MIA)\\)) +(?=\\p{Lu})");

    /**
     * "Leopold III, Duke of Austria † Johann von Ochsenstein †": a status mark ends a name, so a capital after it
     * starts the next; a part of four words or more may hold two names. Null unless every part is a name of two
     * words or more.
     */
    private static List<String> atStatusMarks(String clean) {
        String[] parts = AFTER_MARK.split(clean.strip());
        if (parts.length < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            if (part.replaceAll("[†‡]|\\([A-Z]{3}\\)", " ").strip().split(" +").length < 2) {
                return null;
            }
            List<String> names = split(part);
            out.addAll(names.size() > 1 ? names : split(part, MARKED_PART));
        }
        return out;
    }

    private static List<String> split(String clean, int minWords) {
        String[] words = bracketsAsOneWord(clean.strip()).split(" ");
        if (words.length < minWords || words.length > MAX_WORDS
                || clean.contains(",") && !clean.contains(", Jr")) {
            return List.of(clean);
        }
        int n = words.length;
        double[] best = new double[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(best, Double.POSITIVE_INFINITY);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - LONGEST_NAME); start < end; start++) {
                if (best[start] == Double.POSITIVE_INFINITY) {
                    continue;
                }
                double c = best[start] + cost(words, start, end);
                if (c < best[end]) {
                    best[end] = c;
                    from[end] = start;
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, String.join(" ", java.util.Arrays.copyOfRange(words, from[end], end)).replace(BRACKET_SPACE, ' '));
        }
        return out.size() >= 2 ? out : List.of(clean);
    }

    private static final char BRACKET_SPACE = '\u0001';

    /** "Henri de Rigny (Marine Royale de France)": a remark in brackets is one mark after a name, not more names. */
    private static String bracketsAsOneWord(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            b.append(c == ' ' && depth > 0 ? BRACKET_SPACE : c);
        }
        return b.toString();
    }

    /**
     * "Louis de Duras and John Churchill": two names of two words or more joined by "and" are two people; "Duke of
     * Richmond and Lennox" is one title. Null unless every part is such a name.
     */
    private static List<String> aroundAnd(String clean) {
        String[] parts = clean.strip().split(" and ");
        if (parts.length < 2 || clean.contains(",")) {
            return null;
        }
        for (String part : parts) {
            String[] words = part.strip().split(" ");
            if (words.length < 2 || !Character.isUpperCase(words[0].codePointAt(0))
                    || !Character.isUpperCase(words[words.length - 1].codePointAt(0)) || part.contains(" of ")) {
                return null;
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : parts) {
            out.addAll(split(part.strip()));
        }
        return out;
    }

    private static final String WORD = "\\p{Lu}[\\p{L}'’-]+";
    /** "Ulysses S. Grant Don Carlos Buell": a name with a middle initial is whole, and the words after it a name. */
    private static final java.util.regex.Pattern INITIALLED_THEN_NAME = java.util.regex.Pattern.compile(
            "(" + WORD + " (?:\\p{Lu}\\. ){1,2}" + WORD + ") (" + WORD + "(?: (?:" + WORD + "|de|von|van|del|da|la)){1,3})");

    private static List<String> afterInitialledName(String clean) {
        java.util.regex.Matcher m = INITIALLED_THEN_NAME.matcher(clean.strip());
        return m.matches() ? List.of(m.group(1), m.group(2)) : null;
    }

    /** "Luigi Cadorna Luigi Capello", "Von Hatzfeldt Von Werth Von Götzen": the first word again starts a person. */
    private static List<String> atRepeatedGivenName(String clean) {
        String[] words = clean.strip().split(" ");
        if (words.length < 4 || words.length > 8 || !Words.capitalized(words[0]) || words[0].endsWith(".")
                || LEADING_TITLES.contains(lower(words[0]))) {
            return null;
        }
        List<String> people = new ArrayList<>();
        int start = 0;
        for (int i = 2; i + 1 < words.length; i++) {
            if (words[i].equals(words[0]) && Words.capitalized(words[i + 1]) && i - start >= 2) {
                people.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, i)));
                start = i;
            }
        }
        if (people.isEmpty()) {
            return null;
        }
        people.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length)));
        return people;
    }

    /**
     * "André Masséna Michel Ney Jean Reynier", "Napoleon I Laurent Gouvion Saint-Cyr": a given name or a leading
     * title after a surname, a numeral or a status mark starts the next person. Null unless that makes two people
     * of two words or more; each is then split further, as a part of a run already known to hold several names.
     */
    private static List<String> atGivenNames(String clean) {
        if (clean.contains(",")) {
            return null;
        }
        String[] words = bracketsAsOneWord(clean.strip()).split(" ");
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 2; i + 1 < words.length; i++) {
            boolean closes = endsName(words[i - 1]) || doubleSurname(words[i - 1]) && Lexicon.isGivenName(words[i]);
            boolean cognomen = i - start == 2 && Lexicon.isPraenomen(words[start]) && !Lexicon.isPraenomen(words[i]);
            if (i - start >= 2 && closes && !cognomen && !endsInRank(words, start, i) && startsName(words[i], words[i + 1])) {
                out.addAll(split(joined(words, start, i), MIN_WORDS));
                start = i;
            }
        }
        if (out.isEmpty()) {
            return null;
        }
        out.addAll(split(joined(words, start, words.length), MIN_WORDS));
        return out;
    }

    private static String joined(String[] words, int from, int to) {
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to)).replace(BRACKET_SPACE, ' ');
    }

    /**
     * A surname, a numeral ("Napoleon I") or a mark closes a name; a given name, a rank, an abbreviation or a particle
     * does not.
     */
    private static boolean endsName(String word) {
        String w = lower(word);
        return isMark(word) || isRoman(word) || Character.isUpperCase(word.codePointAt(0)) && !isInitial(word)
                && !word.endsWith(".") && !Lexicon.isGivenName(word) && !Lexicon.isRank(word) && !CommanderReader.isRank(w)
                && !PARTICLES.contains(w) && !LEADING_TITLES.contains(w) && !MergedLineSeams.TITLES.contains(w);
    }

    /**
     * "Victor-Tarn" before "Louis Gabriel Hale": a given name joined to a word that is none reads as a double
     * surname where another given name follows ("Jean-Andoche Varn" keeps its given name).
     */
    private static boolean doubleSurname(String word) {
        int hyphen = word.indexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isUpperCase(word.codePointAt(hyphen + 1))
                && Lexicon.isGivenName(word.substring(0, hyphen)) && !word.endsWith(".")
                && !Lexicon.isGivenName(word.substring(hyphen + 1));
    }

    /** "Luís do Rego", "Major Pell", "Emperor Francis II"; not "Duke of Halda", a byname of the name before. */
    private static boolean startsName(String word, String next) {
        boolean capital = Character.isUpperCase(next.codePointAt(0));
        return Lexicon.isGivenName(word) && (capital || PARTICLES.contains(lower(next)))
                || capital && (Lexicon.isRank(word) || LEADING_TITLES.contains(lower(word)));
    }

    /**
     * "Harold Godwin Morcar, Earl of Mercia Edwin, Earl of Deira": a given name with its title after a comma is one
     * person; the words between such people are names of their own. Null unless the text has two such people, or one
     * whose given name follows a name of two words or more ("Nicholas Garai Philip, Count of Eu"); "Robert Devereux,
     * Earl of Essex" alone is one man.
     */
    private static List<String> aroundTitles(String clean) {
        java.util.regex.Matcher m = NAME_COMMA_TITLE.matcher(clean);
        List<String> out = new ArrayList<>();
        int from = 0;
        boolean givenAfterName = false;
        boolean twoTitled = false;
        while (m.find()) {
            String before = clean.substring(from, m.start()).strip();
            if (TITLE_AND_PARTICLE.matcher(before).matches()) {
                String[] titled = m.group().split(", ", 2);
                out.add(before + " " + titled[0]);
                out.add(titled[1]);
                twoTitled = true;
            } else if (startsTitledName(before)) {
                out.add((before + " " + m.group()).strip());
            } else {
                if (!before.isEmpty()) {
                    out.addAll(split(before, MIN_WORDS));
                }
                out.add(m.group().strip());
                String[] previous = before.split(" ");
                givenAfterName |= previous.length >= 2 && Lexicon.isGivenName(m.group().split(",")[0])
                        && !Lexicon.isGivenName(previous[previous.length - 1]);
            }
            from = m.end();
        }
        long titles = out.stream().filter(n -> NAME_COMMA_TITLE.matcher(n).find()).count();
        if (titles < 2 && !givenAfterName && !twoTitled) {
            return null;
        }
        String rest = clean.substring(from).strip();
        if (rest.startsWith("(") || isMark(rest)) {
            out.set(out.size() - 1, out.get(out.size() - 1) + " " + rest);
        } else if (!rest.isEmpty()) {
            out.addAll(split(rest, MIN_WORDS));
        }
        return out;
    }

    /** "Edric I Osric II": names that each end in a ruler's numeral, one after the other. Null for any other text. */
    private static List<String> regnalNames(String clean) {
        String[] words = clean.strip().split(" ");
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < words.length; i++) {
            boolean closes = isRoman(words[i]) && !isRoman(words[i - 1]) && i - start <= 3;
            if (!closes && !Character.isUpperCase(words[i].codePointAt(0))) {
                return null;
            }
            if (closes) {
                out.add(joined(words, start, i + 1));
                start = i + 1;
                i++;
            }
        }
        return out.size() >= 2 && start == words.length ? out : null;
    }

    /**
     * "Varn Edric IV Duke of Osk": a given name and a numeral are a ruler's whole name, so a name before it (not a
     * title, a particle or another given name) and a title of a place or a full name after it are other people.
     * Null when the text has no such ruler between other names.
     */
    private static List<String> aroundRegnalNames(String clean) {
        if (clean.contains(",")) {
            return null;
        }
        String[] words = clean.strip().split(" ");
        for (int i = 2; i < words.length; i++) {
            if (!isRoman(words[i]) || !Lexicon.isGivenName(words[i - 1])) {
                continue;
            }
            String before = joined(words, 0, i - 1);
            String after = joined(words, i + 1, words.length);
            String previous = lower(words[i - 2]);
            boolean nameBefore = !Lexicon.isGivenName(words[i - 2]) && !PARTICLES.contains(previous)
                    && !LEADING_TITLES.contains(previous) && Character.isUpperCase(words[i - 2].codePointAt(0));
            String[] rest = after.isEmpty() ? new String[0] : after.split(" ");
            boolean nameAfter = rest.length == 0 || TITLE_AHEAD.matcher(after).lookingAt()
                    || rest.length >= 2 && Lexicon.isGivenName(rest[0]);
            if (!nameBefore || !nameAfter) {
                continue;
            }
            List<String> out = new ArrayList<>();
            if (!before.isEmpty()) {
                out.addAll(split(before));
            }
            out.add(words[i - 1] + " " + words[i]);
            if (!after.isEmpty()) {
                out.addAll(split(after));
            }
            return out;
        }
        return null;
    }

    /**
     * "Duke of Tarn Prince of Osk", "Prince Edric of Tarn Duke of Osk": each part that a title "of" a place begins
     * is a person, when every part before it holds its own "of" and a place. Null when there is no such second part.
     */
    private static List<String> titledPlaces(String clean) {
        if (clean.contains(",")) {
            return null;
        }
        String[] parts = NEXT_TITLED_PLACE.split(clean.strip());
        if (parts.length < 2) {
            return null;
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].matches(".*\\sof\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*$") || parts[i].split(" ").length < 3) {
                return null;
            }
        }
        return List.of(parts);
    }

    /**
     * "Titus Quinctius Flamininus Amynander of Athamania": one name with "of" and a place is a person of their own
     * after three or more names; null when the text has no such person.
     */
    private static List<String> beforeByname(String clean) {
        java.util.regex.Matcher m = BYNAME.matcher(clean);
        while (m.find()) {
            String[] before = clean.substring(0, m.start()).strip().split(" ");
            boolean names = before.length >= 3 && java.util.Arrays.stream(before).allMatch(w -> !w.isEmpty()
                    && Character.isUpperCase(w.codePointAt(0)) && !MergedLineSeams.TITLES.contains(lower(w)));
            if (names && !MergedLineSeams.TITLES.contains(lower(m.group(1)))) {
                List<String> out = new ArrayList<>(split(clean.substring(0, m.start()).strip()));
                out.addAll(split(clean.substring(m.start()).strip()));
                return out;
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern BYNAME = java.util.regex.Pattern.compile(
            "(?<=\\s)(\\p{Lu}[\\p{L}'’-]+) of (?:the )?\\p{Lu}[\\p{L}'’-]+");

    /** "Charles de" before "Longueval, Count of Bucquoy", "Johann" before "Tserclaes, Count of Tilly": a first name. */
    private static boolean startsTitledName(String before) {
        String[] words = before.split(" ");
        return !before.isEmpty() && (words.length == 1 && Character.isUpperCase(before.codePointAt(0))
                || words.length <= 3 && PARTICLES.contains(words[words.length - 1]));
    }

    /** "Duc de", "Count of": a title and a particle, which with a place are a titled person of their own. */
    private static final java.util.regex.Pattern TITLE_AND_PARTICLE = java.util.regex.Pattern.compile(
            "(?:Duc|Duke|Comte|Count|Marquis|Marquess|Prince|Earl|Baron|Lord|Duca|Conde|Graf|Herzog)\\s+(?:de|d'|of|von|di|du)");

    /** The titles written "Earl of Mercia" after a person's name and a comma. */
    static final String TITLE_OF_PLACE =
            "(?:\\d{1,2}(?:st|nd|rd|th) )?(?:Earl|Duke|Count|Countess|Marquess|Marquis|Baron|Lord|Prince|Bishop|Archbishop"
                    + "|Viscount|King|Queen|Emperor|Empress|Elector|Margrave|Landgrave|Duchess|Baroness|Grand Duke)";

    /** "John George I, Elector of Saxony": one person, a name of up to four words and the title after its comma. */
    private static final java.util.regex.Pattern ONE_TITLED_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}, " + TITLE_OF_PLACE
                    + " of (?:the )?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+)?");

    private static final java.util.regex.Pattern NAME_COMMA_TITLE = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}'’-]*, " + TITLE_OF_PLACE + " of (?:the )?\\p{Lu}[\\p{L}'’-]+");

    /** "Duke of Osk", "Earl of the Tarn": a title of a place, up to the place's capital. */
    private static final String TITLED_PLACE = TITLE_OF_PLACE + "\\s+of\\s+(?:the\\s+)?\\p{Lu}";

    /** "Duke of Tarn Prince of Osk": where a title "of" a place begins again, the title before it is one person. */
    private static final java.util.regex.Pattern NEXT_TITLED_PLACE = java.util.regex.Pattern.compile(
            "\\s+(?=" + TITLED_PLACE + ")");

    /** "Duke of Osk …": a title of a place begins the text. */
    private static final java.util.regex.Pattern TITLE_AHEAD = java.util.regex.Pattern.compile(TITLED_PLACE);

    /** "A B (commander) C D (deputy) E F": a run of names, each closed by a remark in brackets. */
    static List<String> afterBrackets(String clean) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i + 2 < clean.length(); i++) {
            if (clean.charAt(i) == ')' && clean.charAt(i + 1) == ' ' && Character.isUpperCase(clean.codePointAt(i + 2))
                    && clean.indexOf('(', from) < i) {
                out.add(clean.substring(from, i + 1).strip());
                from = i + 2;
            }
        }
        if (out.isEmpty()) {
            return List.of(clean);
        }
        out.add(clean.substring(from).strip());
        return out;
    }

    /** ", others", ", and others", ", et al.", " et al.": the list goes on without names. */
    private static final java.util.regex.Pattern UNNAMED_REST = java.util.regex.Pattern.compile(
            "(?:,\\s*(?:and\\s+)?(?:others|many others|et al\\.?|etc\\.?)|\\s+et al\\.?)\\s*$");

    /** "Yakov Zhilinsky Not actually involved in the battle.": a remark in a sentence after the names. */
    private static final java.util.regex.Pattern REMARK = java.util.regex.Pattern.compile(
            "\\s+\\p{Lu}\\p{Ll}* (?:\\p{Ll}+ ){2,}\\p{Ll}+\\.$");

    static String withoutRemark(String names) {
        return REMARK.matcher(names).replaceFirst("");
    }

    /** "A B, C D, E F": a comma-separated list of names (not "Julius Francis, Duke of X" or "Halsey, Jr."). */
    static List<String> commaList(String clean) {
        String named = withoutRemark(UNNAMED_REST.matcher(clean).replaceFirst(""));
        String[] items = withTitlesJoined(named.split(", "));
        if (items.length < 2) {
            return List.of(named);
        }
        for (String item : items) {
            String[] words = item.strip().split(" ");
            String first = lower(words[0]);
            if (item.isBlank() || words.length > 6 || !Character.isUpperCase(item.strip().codePointAt(0))
                    || LEADING_TITLES.contains(first) || TRAILING_TITLES.contains(first)
                    || MergedLineSeams.TITLES.contains(first)) {
                return List.of(clean);
            }
        }
        List<String> out = new ArrayList<>();
        for (String item : items) {
            out.addAll(split(item.strip(), 4));
        }
        return out;
    }

    /** "René II", "Duke of Lorraine": a title of a place after a comma stays with the name before it. */
    private static String[] withTitlesJoined(String[] items) {
        List<String> out = new ArrayList<>();
        for (String item : items) {
            if (!out.isEmpty() && TITLE_OF_PLACE_AHEAD.matcher(item).lookingAt()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + ", " + item);
            } else {
                out.add(item);
            }
        }
        return out.toArray(String[]::new);
    }

    private static final java.util.regex.Pattern TITLE_OF_PLACE_AHEAD = java.util.regex.Pattern.compile(
            TITLE_OF_PLACE + " of ");

    /** "Grand Master" before "Ulrich von Jungingen": a rank heads the name after it and never ends one. */
    private static boolean endsInRank(String[] words, int start, int end) {
        return Lexicon.isRank(words[end - 1]) || end - start >= 2 && Lexicon.isRank(words[end - 2] + " " + words[end - 1]);
    }

    /** "General Ali Hasan Al-Majid": a rank before three names is one man's, not a rank and a surname then another. */
    private static final double RANKED_FULL_NAME = 0.6;

    /** How unlike one name the words start..end-1 are; a name without a title rarely ends in a given name. */
    private static double cost(String[] words, int start, int end) {
        String first = lower(words[start]);
        String last = lower(words[end - 1]);
        if (PARTICLES.contains(first) || isMark(words[start]) || last.endsWith(",") || LOWER_ARTICLE.matcher(words[start]).lookingAt()
                || PARTICLES.contains(last) || LEADING_TITLES.contains(last) || isInitial(words[end - 1])
                || endsInRank(words, start, end)) {
            return 100;
        }
        int core = 0;
        int titles = 0;
        boolean numeral = false;
        for (int i = start; i < end; i++) {
            String w = lower(words[i]);
            if (isMark(words[i]) && i != end - 1) {
                return 100;
            }
            if (PARTICLES.contains(w) || isInitial(words[i]) || isMark(words[i])) {
                continue;
            }
            if (titles > 0 && i > start && lower(words[i - 1]).equals("of")) {
                continue; // "Prince Frederick Charles of Prussia": a titled person's realm is no part of the name
            }
            if (core > 0 && Lexicon.isRank(words[i]) && i + 1 < end && Character.isUpperCase(words[i + 1].codePointAt(0))) {
                return 100; // "Colonel Sweet Major Hale": a rank inside a run opens the next man
            }
            if (LEADING_TITLES.contains(w) && core == 0) {
                titles++;
            } else if (TRAILING_TITLES.contains(w.replace(",", ""))) {
                titles++;
            } else if (isRoman(words[i])) {
                numeral = true;
            } else if (Character.isUpperCase(words[i].codePointAt(0)) || ARABIC_CORE.matcher(words[i]).matches()) {
                core++;
            } else {
                return 100;
            }
        }
        boolean junior = GENERATIONS.contains(last) || end - start >= 2 && isMark(words[end - 1])
                && GENERATIONS.contains(lower(words[end - 2]));
        if (junior) {
            return core == 2 || core == 3 ? 1 - 0.4 : 100;
        }
        double c = 1;
        boolean roman = Lexicon.isPraenomen(words[start]);
        if (core == 2 || core == 1 && (numeral || titles > 0) || roman && core == 3) {
            c += 0;
        } else if (core == 3) {
            c += titles > 0 && Lexicon.isRank(words[start]) ? RANKED_FULL_NAME : 1.2;
        } else if (core == 1) {
            c += 1.6;
        } else {
            c += 3;
        }
        if (isMark(words[end - 1]) || isRoman(words[end - 1]) || TRAILING_TITLES.contains(last)) {
            c -= 0.4;
        }
        if (core >= 2 && titles == 0 && Lexicon.isGivenName(words[end - 1])
                && !(roman && core == 3 && !Lexicon.isPraenomen(words[end - 1]))) {
            c += 3;
        }
        return c;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    private static boolean isMark(String w) {
        return w.equals("†") || w.equals("‡") || w.startsWith("(") && w.endsWith(")");
    }

    private static boolean isInitial(String w) {
        return w.length() <= 3 && w.endsWith(".") && Character.isUpperCase(w.codePointAt(0))
                && !TRAILING_TITLES.contains(lower(w));
    }

    private static boolean isRoman(String w) {
        return w.matches("[IVX]{1,5}");
    }
}
