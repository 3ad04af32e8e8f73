package org.battlequiz.generation;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.battlequiz.article.NamedEntry;

/** Small text helpers shared by the strategies and the gates. */
final class Texts {
    private static final Pattern REFS = Pattern.compile("\\s*\\[(?:[^\\]]{1,30})\\]");
    /**
     * Names the state lexicon holds that still take "the": a people or faction ("Royalists", "Parliamentarians")
     * or a state named in the plural ("Netherlands"); "Athens" and "Flanders" do not.
     */
    private static final Pattern PLURAL_PEOPLE = Pattern.compile(".*(ists|ians|ans|ites|ots|ards|lands|ines|ives|amas|elles)");
    /** "French", "Free French", "Japanese", "Swiss": a nationality that names its people takes "the". */
    private static final Pattern NATION_AS_PEOPLE = Pattern.compile("(?:Free )?\\p{Lu}\\p{Ll}+(?:sh|ch|ese|ss)");
    private static final Pattern ARTICLE_NEEDED = Pattern.compile(
            "(?i).*\\b(kingdom|republic|union|empire|army|front|confederation|confederacy|dynasty|caliphate|states|"
                    + "legion|brigade|forces|sultanate|khanate|league|alliance|coalition|division|corps|order|"
                    + "commonwealth|federation|emirate|regiment|navy|government|rebels|militia|house|duchy|county|"
                    + "principality|city|people|state|nations|company|barony|margraviate|electorate|movement|bishopric|"
                    + "archbishopric|protectorate|raj|colony|colonies|provinces|cantons|tribes|clans|clan|khaganate|tsardom|"
                    + "horde|monarchy|crusaders|knights|insurgents|partisans|guerrillas|loyalists|patriots|"
                    + "mercenaries|estates|marquisate|landgraviate|palatinate|despotate|hetmanate|shogunate|"
                    + "voivodeship|fleet|fleets|squadron|flotilla|armada|defenders|garrison|troops|soldiers|warriors|"
                    + "retainers|viscounty|lordship|seigneury|party|council|committee|directorate|regime|junta|"
                    + "administration|resistance)\\b.*|.*\\b(SFSR|SSR|USSR|UN|UAR)$");
    /** "Tecumseh's Confederacy": a name owned by a person takes no article. */
    private static final Pattern POSSESSIVE = Pattern.compile("^\\p{Lu}\\S*['’]s\\s.*");
    /** "Combined forces of Oda and Tokugawa": a common word capitalised only because it starts the cell. */
    private static final Pattern COMMON_LEAD = Pattern.compile("^(Combined|Joint|Rebel|Government|Coalition|Local|Native)"
            + " (?=\\p{Ll})");
    private static final Pattern TITLE_WITH_ARTICLE = Pattern.compile(
            "(?i)^(battles?|sieges?|sack|fall|raid|capture|relief|action|skirmish|storming|first|second|third|fourth|"
                    + "fifth|last|great|massacre|defence|defense|landing|invasion|surrender)\\b.*");
    private static final Pattern TITLE_ENDING_IN_NOUN = Pattern.compile("(?i)^(?!the\\b).*\\b(offensive|campaign|uprising|"
            + "rebellion|revolt|incident|massacre|landings?|raid|crossing|expedition|blockade|airlift|evacuation|crisis"
            + "|affair|disaster|skirmish|engagement|standoff)$");

    private Texts() {
    }

    /** Lower case, accents and punctuation removed, single spaces: the form options are compared in. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String plain = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Whether needle occurs in text as whole words, compared in {@link #norm} form. */
    static boolean containsWords(String text, String needle) {
        String n = norm(needle);
        return !n.isEmpty() && (" " + norm(text) + " ").contains(" " + n + " ");
    }

    static String withoutRefs(String s) {
        return s == null ? "" : REFS.matcher(s).replaceAll("").trim();
    }

    /** "the Battle of X" for titles that take an article, the title itself otherwise. */
    static String battleName(String title) {
        String t = plainTitle(title);
        return TITLE_WITH_ARTICLE.matcher(t).matches() || TITLE_ENDING_IN_NOUN.matcher(t).matches() ? "the " + t : t;
    }

    /**
     * "Caesar's invasion of Macedonia during Caesar's Civil War" is part of "Caesar's Civil War": the war a learner
     * places the battle in, not the campaign that only the longest option would name.
     */
    static String largerConflict(String partOf) {
        int during = partOf.lastIndexOf(" during ");
        String war = during < 0 ? partOf : partOf.substring(during + " during ".length()).strip();
        return war.toLowerCase(Locale.ROOT).startsWith("the ") ? war.substring(4) : war;
    }

    /**
     * "Raqqa campaign (2016–present), the Syrian Civil War, and ...": the first of the conflicts a "Part of" row lists,
     * without the years in brackets, which go out of date ("present") and name it no better.
     */
    static String firstConflict(String partOf) {
        String first = withoutRefs(partOf);
        int depth = 0;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';')) {
                first = first.substring(0, i);
                break;
            }
        }
        return first.replaceAll("\\s*\\([^()]*\\d[^()]*\\)", "").strip();
    }

    /** "at the Battle of Rocroi", but "in the Mexico City Campaign": where something happened, as a sentence says it. */
    static String atBattle(String title) {
        String t = plainTitle(title);
        return (LASTING_OPERATION.matcher(t).matches() ? "in " : "at ") + battleName(title);
    }

    private static final Pattern LASTING_OPERATION = Pattern.compile("(?i)^(?!battle\\b|siege\\b).*\\b(campaign|offensive|"
            + "operation|operations|uprising|rebellion|revolt|war|expedition|blockade|airlift|evacuation|invasion|landings?|"
            + "crossing)\\b.*");

    /** The title without references or a disambiguating parenthesis such as "(1854–1855)", which may give answers away. */
    static String plainTitle(String title) {
        return withoutRefs(title).replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip();
    }

    /** "coastal battleship" -> "coastal battleships", "ship of the line" -> "ships of the line"; plurals stay. */
    static String plural(String noun) {
        int of = noun.indexOf(" of ");
        String head = of < 0 ? noun : noun.substring(0, of);
        String tail = of < 0 ? "" : noun.substring(of);
        int space = head.lastIndexOf(' ');
        String word = head.substring(space + 1);
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() < 2 || lower.endsWith("s") || UNCOUNTED.contains(lower)
                || !lower.chars().allMatch(Character::isLetter)) {
            return noun;
        }
        String plural = lower.matches(".*(x|ch|sh)") ? word + "es"
                : lower.matches(".*[^aeiou]y") ? word.substring(0, word.length() - 1) + "ies" : word + "s";
        return head.substring(0, space + 1) + plural + tail;
    }

    private static final Set<String> UNCOUNTED = Set.of("aircraft", "artillery", "cavalry", "infantry", "equipment",
            "materiel", "matériel", "ordnance", "personnel", "spacecraft", "watercraft", "hovercraft", "men", "people");

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** "Royalists", "Covenanters": a people named in the plural, which takes "the" and "their". */
    static boolean isPluralPeople(String name) {
        String n = withoutRefs(name);
        return !n.contains(" ") && n.endsWith("s") && Character.isUpperCase(n.charAt(0))
                && (!NamedEntry.namesAState(n) || PLURAL_PEOPLE.matcher(n).matches() || NamedEntry.namesAPeople(n))
                || LATIN_PLURAL.matcher(n).matches() && !NamedEntry.namesAState(n);
    }

    /** "Cimbri", "Helvetii", "Belgae": a people named in the Latin plural, which takes "the" as "the Gauls" does. */
    private static final java.util.regex.Pattern LATIN_PLURAL = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}(?:[bcdfgklmnprstv]i|ii|ae)");

    /** A group name as it reads inside a sentence: "the Kingdom of England", "the Royalists", "the CSA", "Germany". */
    static String group(String name) {
        String n = withoutRefs(name);
        if (n.toLowerCase(Locale.ROOT).startsWith("the ")) {
            return "the " + n.substring(4);
        }
        if (POSSESSIVE.matcher(n).matches()) {
            return n;
        }
        if (COMMON_LEAD.matcher(n).find()) {
            return "the " + Character.toLowerCase(n.charAt(0)) + n.substring(1);
        }
        String[] words = n.split(" ");
        boolean pluralPeople = isPluralPeople(n) || words.length <= 3 && !n.contains(" of ")
                && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)))
                && isPluralPeople(words[words.length - 1]);
        boolean nationAsPeople = NATION_AS_PEOPLE.matcher(n).matches() && !NamedEntry.namesAState(n)
                && NamedEntry.isNationWord(words[words.length - 1])
                || words.length >= 2 && words.length <= 3 && NamedEntry.isNationWord(words[0])
                && words[words.length - 1].endsWith("s") && !NamedEntry.namesAState(n)
                && java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.codePointAt(0)));
        return pluralPeople || nationAsPeople || isInitialism(n) || ARTICLE_NEEDED.matcher(n).matches() ? "the " + n
                : n;
    }

    /** "CSA", "USSR", "FNLA": initials read letter by letter take "the"; "NATO", "UNITA" read as words do not. */
    static boolean isInitialism(String name) {
        return INITIALS.matcher(name).matches() && (name.length() <= 3 || CONSONANT_RUN.matcher(name).find());
    }

    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,6}");
    private static final Pattern CONSONANT_RUN = Pattern.compile("[B-DF-HJ-NP-TV-Z]{3}");

    /** "the Hundred Years' War", but "World War II", "Operation U-Go" and "Napoleon's invasion of Russia" as they are. */
    static String conflictInSentence(String conflict) {
        String c = withoutRefs(conflict);
        return c.toLowerCase(Locale.ROOT).startsWith("the ") || BARE_CONFLICT.matcher(c).matches()
                || POSSESSIVE.matcher(c).matches() ? c : "the " + c;
    }

    /** "Operation Overlord", "Scotland in the Wars of the Three Kingdoms": names read without "the". */
    private static final Pattern BARE_CONFLICT = Pattern.compile(
            "^(?:(?:Operation|Operations|World War|Case)\\b.*|\\p{Lu}\\p{L}+ in the \\p{Lu}.*)");

    /** A person's name as it reads in a sentence: "the Earl of Essex", "Henry V of England". */
    static String person(String name) {
        String n = withoutRefs(name);
        return n.matches("(Earl|Duke|Marquess|Marquis|Count|Countess|Duchess|Baron|Bishop|Archbishop|Prince|Princess) of .*") ? "the " + n : n;
    }

    static String joinAnd(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    /** "The missing word is "Hill".", "The missing number is "7,000".", "The missing words are "Cao Cao"." */
    static String missing(String answer) {
        String what = answer.chars().anyMatch(Character::isLetter) ? answer.strip().contains(" ") ? "words are" : "word is"
                : "number is";
        return "The missing " + what + " \u201c" + answer + "\u201d.";
    }
}
