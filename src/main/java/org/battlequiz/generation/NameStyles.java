package org.battlequiz.generation;

import java.util.List;
import java.util.regex.Pattern;
import org.battlequiz.article.Orthography;

/**
 * Whether the commanders of two sides are written in styles a learner tells apart without the article: "Winfield
 * Scott" and "Gideon Pillow" against "Nicolás Bravo" and "Santa Anna", "William Slim" against "Renya Mutaguchi",
 * "Ukita Hideie" against "Kim Si-min", "Boiorix" against "Gaius Marius". An item asking which side such a commander led gives its answer away.
 */
final class NameStyles {
    /** A surname ending in a, i, o or u, a letter outside plain Latin, or a particle such as "de", "von", "al-". */
    private static final Pattern MARKED_SURNAME = Pattern.compile("(?i).*[aiou]$");
    private static final Pattern PARTICLE = Pattern.compile("(?i)\\s(?:de|del|da|di|dos|von|van|al-\\S*|ibn|bin)\\s");
    private static final Pattern ROMAN = Pattern.compile("[IVXL]+|Jr\\.?|Sr\\.?");
    private static final double APART = 0.6;

    private NameStyles() {
    }

    static boolean tellApart(List<String> side, List<String> other) {
        if (side.isEmpty() || other.isEmpty()) {
            return false;
        }
        return STYLES.stream().anyMatch(style -> Math.abs(share(side, style) - share(other, style)) >= APART);
    }

    private static final List<java.util.function.Predicate<String>> STYLES = List.of(NameStyles::marked,
            NameStyles::syllabic, NameStyles::oneWord, NameStyles::japanese);

    /** The name without references or a bracketed remark ("Li Wen (POW)"). */
    private static String bare(String name) {
        return Texts.withoutRefs(name).replaceAll("\\([^()]*\\)", " ").strip();
    }

    private static double share(List<String> names, java.util.function.Predicate<String> style) {
        return names.stream().filter(style).count() / (double) names.size();
    }

    /** "Kim Si-min", "Yi Seong-il": a given name romanized in syllables joined by hyphens. */
    private static final Pattern SYLLABLES = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

    /** "Boiorix", "Lugius" against "Gaius Marius": a leader known by one name beside men with family names. */
    static boolean oneWord(String name) {
        return !bare(name).contains(" ");
    }

    /** "Takuro Matsui" against "Archibald Paris" and "Adnan Saidi": a name written in Japanese syllables. */
    static boolean japanese(String name) {
        return Orthography.romanizedJapanese(bare(name));
    }

    static boolean syllabic(String name) {
        return SYLLABLES.matcher(name).find();
    }

    static boolean marked(String name) {
        String bare = bare(name).replaceAll("[,.]", " ").strip();
        String[] words = bare.split("\\s+");
        String surname = "";
        for (int i = words.length - 1; i >= 0 && surname.isEmpty(); i--) {
            if (!ROMAN.matcher(words[i]).matches()) {
                surname = words[i];
            }
        }
        boolean foreignLetter = bare.chars().anyMatch(c -> c > 0x7f && Character.isLetter(c));
        return foreignLetter || MARKED_SURNAME.matcher(surname).matches() || PARTICLE.matcher(" " + bare + " ").find();
    }
}
