package org.battlequiz.authoring.interchange;

/**
 * An item's explanation and source quote as one HTML general feedback; the quote goes in a marked
 * paragraph that escaped explanation text can never contain, so it is found again exactly on import.
 */
final class FeedbackText {
    private static final String SOURCE_START = "<p class=\"bq-source\">Source: <q>";
    private static final String SOURCE_END = "</q></p>";

    record Parts(String explanation, String source) {
    }

    private FeedbackText() {
    }

    /** @return the HTML, or "" when there is neither explanation nor source */
    static String compose(String explanation, String source) {
        String html = isBlank(explanation) ? "" : HtmlText.escape(explanation);
        if (!isBlank(source)) {
            html += SOURCE_START + HtmlText.escape(source) + SOURCE_END;
        }
        return html;
    }

    static Parts split(String feedback, boolean html) {
        if (isBlank(feedback)) {
            return new Parts(null, null);
        }
        if (!html) {
            return new Parts(feedback, null);
        }
        int start = feedback.indexOf(SOURCE_START);
        int end = feedback.lastIndexOf(SOURCE_END);
        if (start < 0 || end < start) {
            return new Parts(blankToNull(HtmlText.toPlain(feedback)), null);
        }
        String source = HtmlText.decodeEntities(feedback.substring(start + SOURCE_START.length(), end));
        String explanation = HtmlText.toPlain(feedback.substring(0, start));
        return new Parts(blankToNull(explanation), blankToNull(source));
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
