package org.battlequiz.authoring.interchange;

/**
 * GIFT escaping. Writing: backslash before ~ = # { } : and \ itself, newlines as \n. Reading: escapes become
 * private-use placeholders while the structure is parsed, then the characters they stand for.
 */
final class GiftText {
    private static final String SPECIALS = "\\~=#{}:";
    private static final char FIRST_PLACEHOLDER = '\uE000';
    private static final char NEWLINE_PLACEHOLDER = (char) (FIRST_PLACEHOLDER + SPECIALS.length());

    private GiftText() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            if (SPECIALS.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c != '\r') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Plain text for an HTML field, kept exact: Moodle trims fields and reads a leading [ or % as syntax. */
    static String html(String plain) {
        return htmlMarkup(HtmlText.escape(plain));
    }

    static String htmlMarkup(String html) {
        String text = html.replace("\r", "&#13;");
        if (!text.isEmpty() && ("[%".indexOf(text.charAt(0)) >= 0 || Character.isWhitespace(text.charAt(0)))) {
            text = "&#" + (int) text.charAt(0) + ";" + text.substring(1);
        }
        int last = text.length() - 1;
        if (last > 0 && Character.isWhitespace(text.charAt(last))) {
            text = text.substring(0, last) + "&#" + (int) text.charAt(last) + ";";
        }
        return escape(text);
    }

    /** Replaces every escape with a placeholder so that the GIFT syntax characters left are real syntax. */
    static String protect(String gift) {
        StringBuilder out = new StringBuilder(gift.length());
        for (int i = 0; i < gift.length(); i++) {
            char c = gift.charAt(i);
            char next = i + 1 < gift.length() ? gift.charAt(i + 1) : 0;
            if (c == '\\' && SPECIALS.indexOf(next) >= 0) {
                out.append((char) (FIRST_PLACEHOLDER + SPECIALS.indexOf(next)));
                i++;
            } else if (c == '\\' && next == 'n') {
                out.append(NEWLINE_PLACEHOLDER);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String restore(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int index = c - FIRST_PLACEHOLDER;
            if (index >= 0 && index < SPECIALS.length()) {
                out.append(SPECIALS.charAt(index));
            } else {
                out.append(c == NEWLINE_PLACEHOLDER ? '\n' : c);
            }
        }
        return out.toString();
    }
}
