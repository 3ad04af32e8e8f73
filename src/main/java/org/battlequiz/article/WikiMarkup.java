package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders MediaWiki markup as the plain text a reader sees: links, lists, status and date templates, no refs. */
final class WikiMarkup {
    /** Links and templates nested deeper than any infobox nests them render as nothing. */
    private static final int MAX_DEPTH = 10;
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private WikiMarkup() {
    }

    static String render(String s) {
        int[] depth = DEPTH.get();
        if (depth[0] >= MAX_DEPTH) {
            return "";
        }
        depth[0]++;
        try {
            return renderFlat(s);
        } finally {
            depth[0]--;
        }
    }

    private static String renderFlat(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("{{", i)) {
                int end = WikiScanner.closing(s, i, "{{", "}}");
                out.append(template(s.substring(i + 2, end < 0 ? s.length() : end)));
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("[[", i)) {
                int end = WikiScanner.closing(s, i, "[[", "]]");
                out.append(link(s.substring(i + 2, end < 0 ? s.length() : end)));
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<!--", i)) {
                int end = s.indexOf("-->", i);
                i = end < 0 ? s.length() : end + 3;
            } else if (s.startsWith("<ref", i) && (i + 4 == s.length() || " >/".indexOf(s.charAt(i + 4)) >= 0)) {
                i = skipRef(s, i);
            } else if (s.charAt(i) == '<') {
                int end = s.indexOf('>', i);
                String tag = end < 0 ? "" : s.substring(i + 1, end).toLowerCase(Locale.ROOT).replace(" ", "");
                if (tag.startsWith("br")) {
                    out.append('\n');
                }
                i = end < 0 || end - i > 200 ? i + 1 : end + 1;
            } else if (s.startsWith("'''", i)) {
                i += 3;
            } else if (s.startsWith("''", i)) {
                i += 2;
            } else if (s.charAt(i) == '&') {
                int end = s.indexOf(';', i);
                String entity = end < 0 || end - i > 8 ? null : s.substring(i + 1, end);
                out.append(entity == null ? "&" : entity(entity));
                i = entity == null ? i + 1 : end + 1;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int skipRef(String s, int i) {
        int tagEnd = s.indexOf('>', i);
        if (tagEnd < 0) {
            return s.length();
        }
        if (s.charAt(tagEnd - 1) == '/') {
            return tagEnd + 1;
        }
        int close = s.indexOf("</ref>", tagEnd);
        return close < 0 ? s.length() : close + 6;
    }

    private static String entity(String name) {
        return switch (name) {
            case "nbsp", "#160", "thinsp", "ensp", "emsp" -> " ";
            case "ndash", "#8211" -> "–";
            case "mdash" -> "—";
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "dagger" -> "†";
            default -> "";
        };
    }

    private static String link(String inner) {
        String lower = inner.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:") || lower.startsWith("image:") || lower.startsWith("category:")) {
            return "";
        }
        List<String> parts = WikiScanner.splitTop(inner, '|');
        return render(parts.get(parts.size() - 1));
    }

    private static String template(String inner) {
        List<String> parts = WikiScanner.splitTop(inner, '|');
        String name = parts.get(0).strip().toLowerCase(Locale.ROOT).replace('_', ' ');
        List<String> args = new ArrayList<>();
        for (String p : parts.subList(1, parts.size())) {
            int eq = p.indexOf('=');
            boolean named = eq > 0 && p.substring(0, eq).strip().matches("[A-Za-z0-9 _-]{1,20}");
            if (!named) {
                args.add(p.strip());
            }
        }
        return WikiTemplates.expand(name, args);
    }
}
