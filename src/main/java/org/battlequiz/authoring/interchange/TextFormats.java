package org.battlequiz.authoring.interchange;

import java.util.List;

/**
 * Moodle's text formats as plain text, the only text an item holds (Qute escapes it wherever it is shown): HTML and
 * Moodle auto-format lose their tags, markdown its markup; images are left out with their alt text kept, and said so.
 */
final class TextFormats {
    private TextFormats() {
    }

    /** @param format a Moodle XML format name (html, moodle_auto_format, plain_text, markdown) or a GIFT one */
    static String toPlain(String text, String format, String where, List<String> notes) {
        boolean html = isHtml(format);
        boolean markdown = format.equals("markdown");
        if (html && HtmlText.IMAGE.matcher(text).find() || markdown && MarkdownText.IMAGE.matcher(text).find()) {
            note(notes, where + ": an image was left out (its alt text is kept); Battle Quiz items hold text only");
        }
        if (markdown) {
            return MarkdownText.toPlain(text);
        }
        return html ? HtmlText.toPlain(text) : text;
    }

    static boolean isHtml(String format) {
        return !List.of("plain_text", "plain", "markdown", "wiki_like").contains(format);
    }

    static void note(List<String> notes, String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }
}
