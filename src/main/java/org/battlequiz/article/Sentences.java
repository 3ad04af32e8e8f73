package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** Splits prose into sentences at ". ", "! " or "? " followed by a capital, a digit or a quote. */
public final class Sentences {
    private Sentences() {
    }

    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length() - 2; i++) {
            char c = text.charAt(i);
            if (c == '.' && gluedBoundary(text, i) && !abbreviation(text, i)) {
                add(out, text.substring(start, i + 1));
                start = i + 1;
                continue;
            }
            if ((c == '.' || c == '!' || c == '?') && !abbreviation(text, i)) {
                int j = afterMarkers(text, i + 1);
                if (j + 1 < text.length() && text.charAt(j) == ' ' && startsSentence(text.charAt(j + 1))) {
                    add(out, text.substring(start, j));
                    start = j + 1;
                    i = j;
                }
            }
        }
        add(out, text.substring(Math.min(start, text.length())));
        return out;
    }

    /** "the two Kingdoms.James IV was killed": a reader lost the space after the full stop. */
    private static boolean gluedBoundary(String text, int dot) {
        return dot > 1 && dot + 2 < text.length() && Character.isLowerCase(text.charAt(dot - 1))
                && Character.isLowerCase(text.charAt(dot - 2)) && Character.isUpperCase(text.charAt(dot + 1))
                && Character.isLowerCase(text.charAt(dot + 2));
    }

    /** Skips footnote markers such as "[25]" or "[a]:p.12" that follow a full stop. */
    private static int afterMarkers(String text, int i) {
        int j = i;
        while (j < text.length() && (text.charAt(j) == '[' || text.charAt(j) == '"' || text.charAt(j) == '”')) {
            if (text.charAt(j) != '[') {
                j++;
                continue;
            }
            int close = text.indexOf(']', j);
            if (close < 0 || close - j > 12) {
                return j;
            }
            j = close + 1;
            while (j < text.length() && text.charAt(j) != ' ' && text.charAt(j) != '[' && j - close < 12) {
                j++;
            }
        }
        return j;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“';
    }

    /** "Robert E. Lee", "Lt. Col.", "c. 1046": a dot that does not end a sentence. */
    private static boolean abbreviation(String text, int dot) {
        int w = dot;
        while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        int len = dot - w;
        if (len == 1) {
            return true;
        }
        String word = text.substring(w, dot);
        return List.of("Lt", "Col", "Gen", "Maj", "Capt", "St", "Mt", "Dr", "Mr", "Mrs", "Jr", "Sr", "No", "vs", "Adm",
                "Brig", "Sgt", "Fr", "Rev", "ca", "approx", "Co", "Inc").contains(word);
    }

    private static void add(List<String> out, String s) {
        String t = s.strip();
        if (!t.isEmpty()) {
            out.add(t);
        }
    }
}
