package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises export lines. tag() unifies spaces, drops broken ref markup and editorial brackets such as
 * [citation needed] but keeps footnote markers; strip() then removes the markers; refs() lists them.
 */
final class LineCleaner {
    private static final Pattern MARKER = Pattern.compile(
            "\\[(\\d{1,4}|[a-z]{1,2}|[A-Za-z]{1,5} ?\\d{1,4})\\](?::(?:pp?\\. ?)?[0-9ivxlc]{1,6}(?:[–-][0-9]{1,6})?"
                    + "|: (?:pp?\\. ?)?[0-9ivxlc]{1,6}(?:[–-][0-9]{1,6})?(?=\\s*$))?");
    /** "[[Henry VII of England|Henry Tudor]]": a link a reader left in wiki markup reads as its text. */
    private static final Pattern WIKI_LINK = Pattern.compile("\\[\\[(?:[^\\]|\\[]*\\|)?([^\\]|\\[]*)\\]\\]");
    private static final Pattern BRACKET = Pattern.compile("\\[([^\\[\\]]{0,80})\\]");
    /** "NLD [Garr 1992, p. 216: contributed light infantry. Also ...]": an author's note, however long, is no text. */
    private static final Pattern CITED_NOTE = Pattern.compile(
            "\\[\\p{Lu}[\\p{L}'-]+(?: (?:and|&) \\p{Lu}[\\p{L}'-]+)? \\d{4}[a-z]?(?:, pp?\\. ?[\\d–-]+)?[:;,.][^\\[\\]]{0,400}\\]");
    /** "{WIA}": a status template printed raw, read as "(WIA)". */
    private static final Pattern BRACED_STATUS = Pattern.compile("\\{\\s*(KIA|WIA|DOW|POW|MIA)\\s*\\}");
    /** "Harald HardradaKIA": a status a reader glued to the name it follows, read as "(KIA)". */
    private static final Pattern GLUED_STATUS = Pattern.compile("(\\p{Ll}{2})(KIA|WIA|DOW|POW|MIA)\\b");
    private static final Pattern REF_NAME = Pattern.compile("^\\[([^\\]]+)\\]");

    private LineCleaner() {
    }

    static String tag(String raw) {
        String s = unifySpaces(raw);
        if (s.indexOf('{') >= 0) {
            s = BRACED_STATUS.matcher(s).replaceAll("($1)");
        }
        if (s.indexOf("ref") >= 0) {
            s = dropRefMarkup(s);
        }
        if (s.contains("ronounc") || s.contains("ronunc")) {
            s = PRONUNCIATION.matcher(s).replaceAll("");
        }
        s = dropEditorialBrackets(s);
        s = GLUED.matcher(s).replaceAll(" ");
        s = GLUED_SMALL_WORD.matcher(s).replaceAll("$1 ");
        s = GLUED_STATUS.matcher(s).replaceAll("$1 ($2)");
        return collapse(s);
    }

    /** "(pronounced [buˈsaku])", "(Portuguese pronunciation: [...]; see X)": a guide to saying the name, not text. */
    private static final Pattern PRONUNCIATION = Pattern.compile(
            "\\s?\\([^()]*\\b(?:[Pp]ronounced|[Pp]ronunciation)\\b[^()]*\\)");

    /**
     * Two names a reader printed with nothing between them ("Sultanate of MoroccoSonghai Empire"): a capital
     * after four lower-case letters starts a new word ("MacArthur" and "FitzGerald" stay whole), and so does a
     * capitalised word after a figure ("cavalry of 900About 2,000"), or any word after a reference marker
     * ("6,000–10,000[1][2]c. est. 7,000"), a name after a comma or a dagger ("Barca †Gaius Nero,Porcius
     * Licinus") and a figure after a word or a bracket ("and 15 elephants47,000 soldiers").
     */
    private static final Pattern GLUED = Pattern.compile(
            "(?<=\\p{Ll}{4})(?=\\p{Lu}\\p{Ll})|(?<=\\d)(?=\\p{Lu}\\p{Ll}{2})|(?<=\\[\\d{1,3}\\])(?=[\\p{L}\\d])"
            + "|(?<=\\p{Ll},|[†‡])(?=\\p{Lu}\\p{Ll})|(?<=\\p{Ll}{3}|\\))(?=\\d{1,3}(?:,\\d{3})+(?!\\d))");

    static boolean hasGluedWords(String text) {
        return GLUED.matcher(text).find();
    }

    /** Whether the text has two words glued at the index, as {@link #GLUED} splits them. */
    static boolean gluedAt(String text, int at) {
        java.util.regex.Matcher m = GLUED.matcher(text);
        return m.find(at) && m.start() == at;
    }

    /** "theRoman-Persian Wars", "NearNineveh": a short word glued to the name after it. */
    private static final Pattern GLUED_SMALL_WORD = Pattern.compile("\\b(the|and|of|near|Near)(?=\\p{Lu}\\p{Ll}{2})");

    /** "campaign of the , Eastern Front": a reader dropped the link after an article, leaving its comma. */
    private static final Pattern LOST_LINK = Pattern.compile("\\b(the|of|a|an) ,\\s*");

    /** "Republic of China (1912–49)Chiang Kai-shek": a flag label's years glued to the name after them. */
    private static final Pattern GLUED_AFTER_YEARS = Pattern.compile("(\\(\\d{3,4} ?[–-] ?\\d{2,4}\\))(?=\\p{Lu}\\p{Ll})");

    static String strip(String tagged) {
        String linked = tagged.contains("[[") ? WIKI_LINK.matcher(tagged).replaceAll("$1") : tagged;
        String s = linked.indexOf('[') < 0 ? linked : MARKER.matcher(linked).replaceAll("");
        s = s.indexOf('(') < 0 ? s : GLUED_AFTER_YEARS.matcher(s).replaceAll("$1 ");
        s = dropRepeatedWords(collapse(s));
        s = LOST_LINK.matcher(s).replaceAll("$1 ");
        s = s.replace(" ,", ",").replace(" .", ".").replace(" ;", ";").replace(" )", ")").replace("( ", "(");
        return s.strip();
    }

    static List<String> refs(String tagged) {
        List<String> refs = new ArrayList<>();
        Matcher m = MARKER.matcher(tagged);
        while (m.find()) {
            Matcher name = REF_NAME.matcher(m.group());
            if (name.find()) {
                refs.add(name.group(1));
            }
        }
        return refs;
    }

    static String unifySpaces(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\u2007' || c == '\t' || c == '\u3000') {
                b.append(' ');
            } else if (c != '\u200B' && c != '\u00AD' && c != '\u200E' && c != '\u200F' && c != '\uFEFF' && c != '\r') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Removes "&lt;ref ...&gt;...&lt;/ref&gt;", "&lt;ref .../&gt;" and the broken "430&gt;ref name=...&lt;/ref&gt;" form. */
    static String dropRefMarkup(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int open = indexOfRefOpen(s, i);
            if (open < 0) {
                b.append(s, i, s.length());
                break;
            }
            b.append(s, i, open);
            int close = s.indexOf("</ref>", open);
            int selfClose = s.indexOf("/>", open);
            int tagEnd = s.indexOf('>', open + 1);
            if (selfClose >= 0 && selfClose < tagEnd + 1 && (close < 0 || selfClose < close)) {
                i = selfClose + 2;
            } else if (close >= 0) {
                i = close + "</ref>".length();
            } else {
                i = s.length();
            }
        }
        return b.toString().replace("</ref>", " ");
    }

    private static int indexOfRefOpen(String s, int from) {
        int a = s.indexOf("<ref", from);
        int b = s.indexOf(">ref ", from);
        int c = s.indexOf(">ref>", from);
        int best = -1;
        for (int x : new int[]{a, b, c}) {
            if (x >= 0 && (best < 0 || x < best)) {
                best = x;
            }
        }
        return best;
    }

    private static String dropEditorialBrackets(String s) {
        if (s.indexOf('[') < 0) {
            return s;
        }
        Matcher m = BRACKET.matcher(CITED_NOTE.matcher(s).replaceAll(" "));
        StringBuilder b = new StringBuilder(s.length());
        while (m.find()) {
            boolean marker = MARKER.matcher(m.group()).matches();
            m.appendReplacement(b, Matcher.quoteReplacement(marker ? m.group() : " "));
        }
        m.appendTail(b);
        return b.toString();
    }

    /**
     * "killed killed, 1,000" -> "killed, 1,000" (a marker removed between two copies of a word). Capitalised
     * repeats are names ("Cao Cao", "Walla Walla") and stay.
     */
    static String dropRepeatedWords(String s) {
        if (!hasRepeat(s)) {
            return s;
        }
        String[] words = s.split(" ");
        StringBuilder b = new StringBuilder(s.length());
        String prev = "";
        for (String w : words) {
            String bare = !w.isEmpty() && ",;.".indexOf(w.charAt(w.length() - 1)) >= 0 ? w.substring(0, w.length() - 1) : w;
            if (!bare.isEmpty() && bare.equals(prev) && Character.isLowerCase(bare.charAt(0))
                    && bare.chars().allMatch(Character::isLetter)) {
                b.setLength(b.length() - prev.length() - 1);
                b.append(w).append(' ');
            } else {
                b.append(w).append(' ');
            }
            prev = w.equals(bare) ? bare : "";
        }
        return b.toString().strip();
    }

    /** Cheap pre-check for dropRepeatedWords: two neighbouring words equal up to trailing punctuation. */
    private static boolean hasRepeat(String s) {
        int prevStart = -1;
        int prevLen = 0;
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == ' ') {
                int len = i - start;
                if (len > 0 && ",;.".indexOf(s.charAt(i - 1)) >= 0) {
                    len--;
                }
                if (prevStart >= 0 && len == prevLen && len > 0 && s.regionMatches(prevStart, s, start, len)) {
                    return true;
                }
                prevStart = start;
                prevLen = i - start;
                start = i + 1;
            }
        }
        return false;
    }

    static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                }
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
