package org.battlequiz.article;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads the {{Infobox military conflict}} wikitext of "edit source" into the same facts as the export. */
final class WikitextReader {
    static final String INFOBOX = "{{infobox military conflict";
    private static final char MARK = '\u0002';
    private static final char MARK_END = '\u0003';

    private WikitextReader() {
    }

    static boolean detect(String text) {
        return text.toLowerCase(Locale.ROOT).contains(INFOBOX);
    }

    static ParsedArticle read(String original, String[] rawLines) {
        String text = original.replace(MARK, ' ').replace(MARK_END, ' ');
        int start = text.toLowerCase(Locale.ROOT).indexOf(INFOBOX);
        int end = WikiScanner.closing(text, start, "{{", "}}");
        if (end < 0) {
            throw new NotABattleArticleException("Expected a complete {{Infobox military conflict ...}} template,"
                    + " but it is never closed with }} (is the article truncated?)");
        }
        Map<String, List<TextLine>> params = params(text, start, end, rawLines);
        List<TextLine> body = body(text.substring(end + 2), lineOf(text, end + 2), rawLines);
        return WikitextFacts.build(params, body);
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String marked(String text, int from, int to, int firstLine) {
        StringBuilder b = new StringBuilder(to - from + 64);
        int line = firstLine;
        b.append(MARK).append(line).append(MARK_END);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            b.append(c);
            if (c == '\n') {
                b.append(MARK).append(++line).append(MARK_END);
            }
        }
        return b.toString();
    }

    private static Map<String, List<TextLine>> params(String text, int start, int end, String[] rawLines) {
        String inner = marked(text, start + 2, end, lineOf(text, start));
        Map<String, List<TextLine>> out = new LinkedHashMap<>();
        List<String> parts = WikiScanner.splitTop(inner, '|');
        String carry = lastMark(parts.get(0));
        for (String part : parts.subList(1, parts.size())) {
            int eq = part.indexOf('=');
            if (eq >= 0) {
                String name = unmark(part.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
                String own = lastMark(part.substring(0, eq));
                String value = (own.isEmpty() ? carry : own) + part.substring(eq + 1);
                out.put(name, lines(WikiMarkup.render(value), rawLines));
            }
            String last = lastMark(part);
            carry = last.isEmpty() ? carry : last;
        }
        return out;
    }

    private static List<TextLine> body(String rest, int firstLine, String[] rawLines) {
        List<TextLine> out = new ArrayList<>();
        String[] lines = rest.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i].strip();
            if (l.isEmpty() || l.startsWith("==") || l.startsWith("[[Category") || l.startsWith("{{") && l.endsWith("}}")
                    || l.startsWith("|") || l.startsWith("}}") || l.startsWith("*") || l.startsWith("<")) {
                continue;
            }
            int number = firstLine + i;
            String raw = number - 1 < rawLines.length ? rawLines[number - 1] : l;
            out.add(new TextLine(number, raw, LineCleaner.tag(WikiMarkup.render(l))));
        }
        return out;
    }

    /** Splits rendered text into lines, each numbered by the source line its marker names. */
    private static List<TextLine> lines(String rendered, String[] rawLines) {
        List<TextLine> out = new ArrayList<>();
        int line = 1;
        for (String fragment : rendered.split("\n")) {
            StringBuilder text = new StringBuilder();
            int i = 0;
            while (i < fragment.length()) {
                char c = fragment.charAt(i);
                if (c == MARK) {
                    int close = fragment.indexOf(MARK_END, i);
                    if (close < 0) {
                        break;
                    }
                    line = Integer.parseInt(fragment.substring(i + 1, close));
                    i = close + 1;
                } else {
                    text.append(c);
                    i++;
                }
            }
            String t = text.toString().strip();
            while (t.startsWith("*") || t.startsWith("#") || t.startsWith(":")) {
                t = t.substring(1).strip();
            }
            if (!t.isEmpty()) {
                String raw = line - 1 < rawLines.length ? rawLines[line - 1] : t;
                out.add(new TextLine(line, raw, LineCleaner.tag(t)));
            }
        }
        return out;
    }

    private static String unmark(String s) {
        return s.replaceAll(MARK + "\\d+" + MARK_END, "");
    }

    private static String lastMark(String s) {
        int i = s.lastIndexOf(MARK);
        return i < 0 ? "" : s.substring(i, s.indexOf(MARK_END, i) + 1);
    }
}
