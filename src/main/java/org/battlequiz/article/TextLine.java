package org.battlequiz.article;

/**
 * One line of the pasted text: its 1-based number, the line as written, its tagged form (see LineCleaner) and the
 * icon file name a reader printed before it ("Flag of Spain.svg"), if any.
 */
final class TextLine {
    private final int number;
    private final String raw;
    private final String icon;
    private String tagged;
    private String clean;

    TextLine(int number, String raw, String tagged) {
        this(number, raw, tagged, "");
    }

    private TextLine(int number, String raw, String tagged, String icon) {
        this.number = number;
        this.raw = raw;
        this.tagged = tagged;
        this.icon = icon;
    }

    static TextLine of(int number, String raw) {
        return new TextLine(number, raw, null);
    }

    static TextLine withIcon(int number, String raw, String icon) {
        return new TextLine(number, raw, null, icon);
    }

    String icon() {
        return icon;
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
