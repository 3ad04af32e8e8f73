package org.battlequiz.article;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts the lead paragraph states when a reader dropped the infobox row that held them: the battle's dates
 * ("fought on 2 September 31 BC", "(10 October 732)", "on April 6 and April 7, 1862").
 */
final class LeadFacts {
    private static final int SENTENCES = 4;
    private static final int WINDOW = 9;

    private LeadFacts() {
    }

    /** A date range the lead gives, and the line it is on. */
    record Dated(DateParser.Range range, TextLine line) {
    }

    /** The first date range the opening paragraphs give, or null. */
    static Dated dates(List<TextLine> body) {
        int paragraphs = 0;
        for (TextLine line : body) {
            if (line.blank()) {
                continue;
            }
            List<String> sentences = Sentences.split(line.clean());
            if (sentences.stream().allMatch(LeadFacts::isEditorialNotice)) {
                continue;
            }
            for (int s = 0; s < Math.min(SENTENCES, sentences.size()); s++) {
                if (isEditorialNotice(sentences.get(s))) {
                    continue;
                }
                DateParser.Range r = firstDate(sentences.get(s));
                if (r != null) {
                    return new Dated(r, line);
                }
            }
            if (++paragraphs == 2) {
                return null;
            }
        }
        return null;
    }

    /**
     * With no Result row: the words before "victory" in one of the opening sentences ("It resulted in an English
     * victory", "a decisive Roman victory"), read as a result would be.
     */
    static String victoryClause(List<String> sentences) {
        for (int s = 0; s < Math.min(SENTENCES, sentences.size()); s++) {
            String sentence = sentences.get(s);
            Matcher victoryFor = VICTORY_FOR.matcher(sentence);
            if (victoryFor.find()) {
                return victoryFor.group(1) + " victory";
            }
            int at = sentence.toLowerCase(Locale.ROOT).indexOf(" victory");
            if (at > 0 && SCORING.matcher(sentence.substring(0, at)).find()) {
                Matcher subject = SUBJECT.matcher(sentence);
                if (subject.find()) {
                    return subject.group(1) + " victory";
                }
            } else if (at > 0 && !OWNER_PRONOUN.matcher(sentence.substring(0, at)).find()) {
                return lastWords(sentence.substring(0, at)) + " victory";
            }
        }
        for (int s = 0; s < Math.min(SENTENCES, sentences.size()); s++) {
            Matcher defeatOf = DEFEAT_OF.matcher(sentences.get(s));
            if (defeatOf.find()) {
                return defeatOf.group(1) + " defeat";
            }
            String victor = victorOfVerb(sentences.get(s));
            if (victor != null) {
                return victor + " victory";
            }
        }
        return null;
    }

    /** "the Zulu army defeated the British column": the words before the verb; "was defeated by X": X. */
    private static String victorOfVerb(String sentence) {
        Matcher passive = DEFEATED_BY.matcher(sentence);
        if (passive.find()) {
            return passive.group(1);
        }
        Matcher active = DEFEATED.matcher(sentence);
        return active.find() && !active.group(1).isBlank() ? lastWords(active.group(1)) : null;
    }

    private static String lastWords(String text) {
        String[] words = text.strip().split(" ");
        return String.join(" ", List.of(words).subList(Math.max(0, words.length - 3), words.length));
    }

    private static final String FORCE = "((?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})";

    /** "was a victory for the United States Army": the force after the words. */
    private static final Pattern VICTORY_FOR = Pattern.compile("\\bvictory\\s+for\\s+" + FORCE);

    /** "the decisive defeat suffered by the Prussian Army", "resulted in the defeat of French forces": the loser. */
    private static final Pattern DEFEAT_OF = Pattern.compile("\\bdefeat\\s+(?:suffered\\s+by|of)\\s+" + FORCE);

    private static final Pattern DEFEATED_BY = Pattern.compile(
            "\\b(?:was|were)\\s+(?:decisively\\s+|heavily\\s+|soundly\\s+)?(?:defeated|routed|repulsed|crushed)\\s+by\\s+"
                    + FORCE);
    private static final Pattern DEFEATED = Pattern.compile(
            "^(.*?)\\s+(?:decisively\\s+|heavily\\s+|soundly\\s+|effectively\\s+)?"
                    + "(?:defeated|routed|crushed|annihilated|repulsed|destroyed)\\s+(?:the\\s+\\p{L}|\\p{Lu}"
                    + "|their\\s+(?:opponents|enemies|foes)\\b)");

    /**
     * "The Russians managed to rout the Ottoman army, scoring a major victory": the victory the clause after a comma
     * scores is the subject's, not that of the words just before it.
     */
    private static final Pattern SCORING = Pattern.compile(
            ",\\s+(?:scoring|winning|gaining|achieving|securing|earning|claiming)\\s+(?:a|an|the)(?:\\s+\\p{Ll}+){0,3}$");
    private static final Pattern SUBJECT = Pattern.compile("^(?:The\\s+)?(\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s+\\p{Ll}");

    /** "unable to exploit their victory": a victory a pronoun owns names no side. */
    private static final Pattern OWNER_PRONOUN = Pattern.compile("\\b(?:their|his|its|her|our)$");

    /** A note to the page's editors ("Please help improve this section ... (May 2011)"): its date is the note's. */
    private static final Pattern EDITORIAL = Pattern.compile(
            "\\b(?:this|the)\\s+(?:article|section)\\b|\\bhelp\\s+improve\\b|\\btalk\\s+page\\b",
            Pattern.CASE_INSENSITIVE);

    static boolean isEditorialNotice(String sentence) {
        return EDITORIAL.matcher(sentence).find();
    }

    private static DateParser.Range firstDate(String sentence) {
        String[] words = sentence.replace("(", " ").replace(")", " ").replace(";", " ").split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!isYear(words[i])) {
                continue;
            }
            int end = i + 1;
            boolean era = end < words.length && isEra(words[end]);
            if (era) {
                end++;
            }
            boolean afterMonth = i > 0 && DateParser.isMonth(words[i - 1].replaceAll("[,.]", ""))
                    || i > 1 && DateParser.isMonth(words[i - 2].replaceAll("[,.]", ""));
            if (!era && (!afterMonth || words[i].replaceAll("[,.]$", "").length() < 3)) {
                continue;
            }
            for (int start = Math.max(0, i - WINDOW); start <= i; start++) {
                if (!startsDate(words[start]) || !onlyDateWords(words, start, i)) {
                    continue;
                }
                String phrase = String.join(" ", List.of(words).subList(start, end)).replace(" and ", " – ");
                DateParser.Range r = DateParser.parse(phrase);
                if (r != null) {
                    DateParser.Range through = through(words, end, phrase);
                    return through != null ? through : r;
                }
            }
        }
        return null;
    }

    private static final java.util.Set<String> UNTIL = java.util.Set.of("to", "until", "till", "through", "–", "-");

    /** "from December 31, 1862, to January 2, 1863": the date after "to" ends the range the first one began. */
    private static DateParser.Range through(String[] words, int from, String first) {
        if (from >= words.length || !UNTIL.contains(words[from].toLowerCase(Locale.ROOT))) {
            return null;
        }
        int start = from + 1;
        for (int j = start; j < words.length && j <= start + WINDOW; j++) {
            if (isYear(words[j]) && words[j].replaceAll("[,.]$", "").length() >= 3 && startsDate(words[start])
                    && onlyDateWords(words, start, j)) {
                String second = String.join(" ", List.of(words).subList(start, j + 1));
                return DateParser.parse(first.replaceAll("[,.]$", "") + " – " + second.replaceAll("[,.]$", ""));
            }
        }
        return null;
    }

    /** A month, a day, or a range of days ("20–21 November 1863"). */
    private static boolean startsDate(String word) {
        String w = word.replaceAll("[,.]", "");
        return DateParser.isMonth(w) || w.matches("\\d{1,2}([–-]\\d{1,2})?");
    }

    /** "4 am on 21 September 1745": a phrase with a word of another kind in it is no date ("4 am" is a time). */
    private static boolean onlyDateWords(String[] words, int from, int to) {
        for (int k = from; k < to; k++) {
            String w = words[k].replaceAll("[,.]", "").toLowerCase(Locale.ROOT);
            if (!DateParser.isMonth(w) && !w.matches("\\d{1,2}(st|nd|rd|th)?([–-]\\d{1,2}(st|nd|rd|th)?)?")
                    && !List.of("–", "-", "and", "to", "of", "until", "till", "through").contains(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isYear(String word) {
        String w = word.replaceAll("[,.]$", "");
        return !w.isEmpty() && w.length() <= 4 && w.chars().allMatch(Character::isDigit);
    }

    private static boolean isEra(String word) {
        String w = word.replaceAll("[,.]", "").toLowerCase(Locale.ROOT);
        return w.equals("bc") || w.equals("bce") || w.equals("ad") || w.equals("ce");
    }
}
