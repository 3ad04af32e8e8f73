package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** Bracket-aware scanning of wikitext: matching "}}" and "]]", and splitting at top-level separators. */
final class WikiScanner {
    private WikiScanner() {
    }

    /** Index of the close that matches the open at start, or -1. Linear in the text. */
    static int closing(String s, int start, String open, String close) {
        int depth = 0;
        int i = start;
        while (i < s.length() - 1) {
            if (s.startsWith(open, i)) {
                depth++;
                i += 2;
            } else if (s.startsWith(close, i)) {
                depth--;
                if (depth == 0) {
                    return i;
                }
                i += 2;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Splits at sep where no {{ }} or [[ ]] is open. */
    static List<String> splitTop(String s, char sep) {
        List<String> out = new ArrayList<>();
        int curly = 0;
        int square = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (s.startsWith("{{", i)) {
                curly++;
                i++;
            } else if (s.startsWith("}}", i) && curly > 0) {
                curly--;
                i++;
            } else if (s.startsWith("[[", i)) {
                square++;
                i++;
            } else if (s.startsWith("]]", i) && square > 0) {
                square--;
                i++;
            } else if (c == sep && curly == 0 && square == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
