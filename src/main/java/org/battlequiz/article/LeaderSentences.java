package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commanders the body puts at the head of one side's force: "a Tolmish army commanded by King Piet VI", "Ranish
 * troops under Edric Hale". A commander whose column agrees with every such sentence about him, and with at least
 * one, is sure of it; one the body puts with the other side, or with neither, keeps the confidence he had.
 */
final class LeaderSentences {
    static final double AGREED = 0.85;
    private static final String LEADS = "(?:under the command of|under|led by|commanded by|headed by)";
    /** A force named by up to four capitalised words, a few lower-case ones ("army", "rear guard"), then who led it. */
    private static final String FORCE = "\\b(\\p{Lu}[\\p{L}'’-]*(?:[\\s-]\\p{Lu}[\\p{L}'’-]*){0,3})\\s+"
            + "(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?" + LEADS + "\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|of|the|de|von|van|du|da|di)\\s+){0,6}?";
    private static final Pattern ROMAN = Pattern.compile("[IVXL]{1,5}");

    private LeaderSentences() {
    }

    static List<List<Commander>> apply(List<List<Commander>> placed, SeamContext context) {
        if (!context.sidesKnown() || placed.size() != 2) {
            return placed;
        }
        List<List<Commander>> out = new ArrayList<>();
        for (int side = 0; side < 2; side++) {
            List<Commander> column = new ArrayList<>();
            for (Commander c : placed.get(side)) {
                column.add(c.confidence() >= AGREED || !agrees(c.name(), side, context) ? c
                        : new Commander(c.name(), c.note(), c.source(), AGREED));
            }
            out.add(column);
        }
        return out;
    }

    private static boolean agrees(String name, int side, SeamContext context) {
        String key = keyWord(name);
        if (key.isEmpty()) {
            return false;
        }
        Pattern led = Pattern.compile(FORCE + Pattern.quote(key) + "\\b");
        int votes = 0;
        for (String sentence : context.sentences()) {
            Matcher m = led.matcher(sentence);
            while (m.find()) {
                double lean = context.lean(m.group(1));
                if (lean == 0) {
                    continue;
                }
                if ((lean > 0) != (side == 0)) {
                    return false;
                }
                votes++;
            }
        }
        return votes > 0;
    }

    /** "Philip" of "King Philip VI", "Hale" of "Edric Hale": the last word a sentence would surely repeat. */
    static String keyWord(String name) {
        String[] words = NameCleaner.trimMarks(name).replaceAll("\\([^()]*\\)", " ").strip().split("[\\s,]+");
        for (int i = words.length - 1; i >= 0; i--) {
            String w = words[i];
            if (w.length() >= 3 && Character.isUpperCase(w.codePointAt(0)) && !ROMAN.matcher(w).matches()) {
                return w;
            }
        }
        return "";
    }
}
