package org.battlequiz.authoring.interchange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain text in and out of the HTML that Moodle question texts carry; escape and toPlain are exact inverses. */
final class HtmlText {
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z/!][^>]*>");
    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</div\\s*>|</li\\s*>");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern SCRIPT = Pattern.compile("(?is)<(script|style)\\b.*?</\\1\\s*>");
    static final Pattern IMAGE = Pattern.compile("(?i)<img\\b[^>]*>");
    private static final Pattern ALT = Pattern.compile("(?i)\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

    private HtmlText() {
    }

    static String escape(String plain) {
        return plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Text written by escape comes back unchanged; foreign HTML loses its tags (and scripts and styles with their
     * content), paragraphs become line breaks and an image becomes its alt text.
     */
    static String toPlain(String html) {
        if (!TAG.matcher(html).find()) {
            return decodeEntities(html);
        }
        String text = SCRIPT.matcher(COMMENT.matcher(html).replaceAll("")).replaceAll("");
        text = IMAGE.matcher(text).replaceAll(image -> Matcher.quoteReplacement(altText(image.group())));
        text = LINE_BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return decodeEntities(text).strip();
    }

    private static String altText(String image) {
        Matcher alt = ALT.matcher(image);
        return alt.find() ? (alt.group(2) != null ? alt.group(2) : alt.group(3)) : "";
    }

    static String decodeEntities(String text) {
        Matcher matcher = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String decode(String entity) {
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00a0";
            default -> {
                boolean hex = entity.startsWith("#x") || entity.startsWith("#X");
                int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
                yield Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\ufffd";
            }
        };
    }
}
