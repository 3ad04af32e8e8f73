package org.battlequiz.article;

/** Rejects input that cannot be a pasted battle article before any parsing work is done. */
final class InputGuard {
    static final int MAX_CHARS = 4 * 1024 * 1024;
    static final int MAX_LINE = 20_000;
    static final int MAX_LINES = 5_000;
    /** Lines of one infobox cell that are read; an infobox lists a few dozen commanders or figures per side. */
    static final int MAX_CELL_LINES = 100;
    private static final String EXPECTED = "Expected the text of a Wikipedia battle article (plain-text export or"
            + " {{Infobox military conflict}} wikitext)";

    private InputGuard() {
    }

    static void check(String text) {
        if (text == null || text.isBlank()) {
            throw new NotABattleArticleException(EXPECTED + ", but the text is empty");
        }
        if (text.length() > MAX_CHARS) {
            throw new NotABattleArticleException(EXPECTED + " of at most " + MAX_CHARS + " characters");
        }
        int control = 0;
        int lineLength = 0;
        int lines = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineLength = 0;
                if (++lines > MAX_LINES) {
                    throw new NotABattleArticleException(EXPECTED + ", but the text has more than " + MAX_LINES
                            + " lines");
                }
                continue;
            }
            if (++lineLength > MAX_LINE) {
                throw new NotABattleArticleException(EXPECTED + ", but a line is longer than " + MAX_LINE
                        + " characters");
            }
            if (c == '\uFFFD' || c < 0x20 && c != '\t' && c != '\r') {
                control++;
            }
        }
        if (control > 8 && control * 100L > text.length()) {
            throw new NotABattleArticleException(EXPECTED + ", but the text looks like binary data");
        }
        String head = text.substring(0, Math.min(text.length(), 2000)).stripLeading().toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || head.startsWith("<?xml")) {
            throw new NotABattleArticleException(EXPECTED + ", but got an HTML or XML page");
        }
    }
}
