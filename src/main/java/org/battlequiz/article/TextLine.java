package org.battlequiz.article;

/** One line of the pasted text: its 1-based number, the line as written and its tagged form (see LineCleaner). */
final class TextLine {
    private final int number;
    private final String raw;
    private String tagged;
    private String clean;

    TextLine(int number, String raw, String tagged) {
        this.number = number;
        this.raw = raw;
        this.tagged = tagged;
    }

    static TextLine of(int number, String raw) {
        return new TextLine(number, raw, null);
    }

    int number() {
        return number;
    }

    String raw() {
        return raw;
    }

    String tagged() {
        if (tagged == null) {
            tagged = LineCleaner.tag(raw);
        }
        return tagged;
    }

    String clean() {
        if (clean == null) {
            clean = LineCleaner.strip(tagged());
        }
        return clean;
    }

    boolean blank() {
        return tagged().isEmpty();
    }

    Piece whole() {
        return new Piece(this, tagged());
    }
}
