package org.battlequiz.article;

import java.util.List;

/**
 * How names are spelled: a column of names in plain Western letters next to a column spelled with letters beyond
 * them ("André Trancart" above "Võ Nguyên Giáp", "Đặng Kim Giang") tells where one side's names end, and so does a
 * column of names with middle initials ("Winfield S. Cunningham") under one of names without ("Tamon Yamaguchi"), and
 * a column of surnames ending in a vowel ("Raizō Tanaka", "Giichiro Nakahara") over one without ("Carleton Wright"),
 * and names spelled in Japanese syllables ("Hayao Tada") apart from names that are not ("Peng Dehuai").
 */
public final class Orthography {
    private static final double SHIFT = 3;
    /** A surname's language says more of its side than how the name is written. */
    private static final double LANGUAGE_SHIFT = 4;
    private static final double MOSTLY = 0.6;
    private static final int MIN_RUN = 3;
    private static final int ONE_NAME = 4;

    private final List<TextLine> lines;
    /** Before line k: how many lines are not blank, and how many of those have a letter beyond Latin-1. */
    private final int[] filled;
    private final int[] beyond;
    private final int[] initialled;
    private final int[] vowelled;
    private final int[] japanese;
    private final boolean flagged;

    private Orthography(List<TextLine> lines, boolean flagged) {
        this.lines = lines;
        this.flagged = flagged;
        filled = new int[lines.size() + 1];
        beyond = new int[lines.size() + 1];
        initialled = new int[lines.size() + 1];
        vowelled = new int[lines.size() + 1];
        japanese = new int[lines.size() + 1];
        for (int k = 0; k < lines.size(); k++) {
            TextLine l = lines.get(k);
            filled[k + 1] = filled[k] + (l.blank() ? 0 : 1);
            beyond[k + 1] = beyond[k] + (!l.blank() && beyondLatin1(l.clean()) ? 1 : 0);
            initialled[k + 1] = initialled[k] + (!l.blank() && hasMiddleInitial(l.clean()) ? 1 : 0);
            vowelled[k + 1] = vowelled[k] + (!l.blank() && surnameEndsInVowel(l.clean()) ? 1 : 0);
            japanese[k + 1] = japanese[k] + (!l.blank() && romanizedJapanese(l.clean()) ? 1 : 0);
        }
    }

    /**
     * The spelling of a section's lines, counted once for every seam asked about. Where flags stand before the names,
     * they tell the sides, and a surname's language does not ("Philippines Dionisio Ojeda" among the United Nations).
     */
    static Orthography of(List<TextLine> lines, boolean flagged) {
        return new Orthography(lines, flagged);
    }

    /**
     * A bonus for a seam before line i (previous: the last non-blank line above it) when every name above is plain and
     * most names below are not, or the reverse. A long line just above may hold names of both columns run together,
     * and then its own seam is the one to find.
     */
    double shiftAt(int i, TextLine previous) {
        int n = lines.size();
        int aboveTotal = filled[i];
        int belowTotal = filled[n] - filled[i];
        if (previous.clean().split(" ").length > ONE_NAME) {
            return 0;
        }
        if (aboveTotal + belowTotal >= MIN_RUN && japaneseApart(i, aboveTotal, belowTotal)) {
            return LANGUAGE_SHIFT;
        }
        if (aboveTotal < MIN_RUN || belowTotal < MIN_RUN) {
            return 0;
        }
        if (!flagged && shifts(vowelled, Orthography::surnameEndsInVowel, i, previous)) {
            return LANGUAGE_SHIFT;
        }
        return shifts(beyond, Orthography::beyondLatin1, i, previous)
                || shifts(initialled, Orthography::hasMiddleInitial, i, previous) ? SHIFT : 0;
    }

    /**
     * Every name on one side of the seam is written in Japanese syllables ("Hayao Tada") and none on the other
     * ("Peng Dehuai", "Zhu De", "Carleton Wright"): one name alone is enough, as a Japanese commander often stands
     * alone under a long column of the other side's.
     */
    private boolean japaneseApart(int i, int aboveTotal, int belowTotal) {
        int n = lines.size();
        int above = japanese[i];
        int below = japanese[n] - japanese[i];
        return aboveTotal > 0 && belowTotal > 0
                && (above == 0 && below == belowTotal || below == 0 && above == aboveTotal);
    }

    /**
     * A name of two or more words, each spelled in the syllables of Japanese as romanized ("Isoroku Yamamoto", "Raizō
     * Tanaka", "Chūichi Nagumo"); Chinese, Korean and Western names break the syllables somewhere ("Zhu", "Long",
     * "Kim", "Wright", "Dionisio").
     */
    public static boolean romanizedJapanese(String text) {
        String name = text.strip();
        String[] words = name.split(" ");
        if (words.length < 2 || words.length > 3 || name.length() > LONGEST_NAME) {
            return false;
        }
        for (String word : words) {
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))
                    || !JAPANESE_WORD.matcher(plainVowels(word.toLowerCase(java.util.Locale.ROOT).replace("'", ""))).matches()) {
                return false;
            }
        }
        return true;
    }

    private static String plainVowels(String word) {
        return word.replace('ā', 'a').replace('ī', 'i').replace('ū', 'u').replace('ē', 'e').replace('ō', 'o')
                .replace('ô', 'o').replace('û', 'u');
    }

    /** Hepburn syllables: a consonant (or none) and a vowel, a syllabic n, a doubled consonant before its syllable. */
    private static final java.util.regex.Pattern JAPANESE_WORD = java.util.regex.Pattern.compile("(?:(?:kk|ss|tt|pp|"
            + "[kgnhbpmr]y(?=[auo])|sh|ch|tch|ssh|j|ts(?=u)|f(?=u)|[kgbpmnr]|s(?=[aueo])|z(?=[aueo])|t(?=[aeo])|"
            + "d(?=[aeo])|h(?=[aieo])|w(?=[ao])|y(?=[auo]))?[aiueo]|n(?![aiueoy])|m(?=[bmp]))+");

    /** "Tanaka", "Torajiro": the last word of a name of two or more words ends in a, i, o or u. */
    static boolean surnameEndsInVowel(String text) {
        String name = text.strip();
        int space = name.lastIndexOf(' ');
        if (name.length() > LONGEST_NAME || space < 1 || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        String surname = name.substring(space + 1);
        return surname.length() >= 2 && Character.isUpperCase(surname.charAt(0))
                && surname.chars().allMatch(Character::isLetter)
                && "aiouāīōū".indexOf(surname.charAt(surname.length() - 1)) >= 0;
    }

    private static final int LONGEST_NAME = 60;

    /**
     * Whether the seam before line i parts lines without the mark (counted in prefix sums) from lines mostly with it,
     * in either order, the lines on both sides of the seam being what they say.
     */
    private boolean shifts(int[] marked, java.util.function.Predicate<String> mark, int i, TextLine previous) {
        int n = lines.size();
        int above = marked[i];
        int below = marked[n] - marked[i];
        boolean plainThenMarked = mark.test(lines.get(i).clean()) && above == 0
                && below >= MOSTLY * (filled[n] - filled[i]);
        boolean markedThenPlain = below == 0 && mark.test(previous.clean()) && above >= MOSTLY * filled[i];
        return plainThenMarked || markedThenPlain;
    }

    /** "Winfield S. Cunningham", "James P.S. Devereux": an initial between a given name and a surname. */
    static boolean hasMiddleInitial(String text) {
        return MIDDLE_INITIAL.matcher(text).find();
    }

    private static final java.util.regex.Pattern MIDDLE_INITIAL = java.util.regex.Pattern.compile(
            "\\p{Lu}\\p{Ll}+ (?:\\p{Lu}\\.){1,3} ?\\p{Lu}\\p{Ll}");

    static boolean beyondLatin1(String text) {
        return text.codePoints().anyMatch(c -> c > 0xFF && Character.isLetter(c));
    }
}
