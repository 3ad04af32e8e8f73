package org.battlequiz.article;

/** One line of the pasted text: its 1-based number, the line as written and its tagged form (see LineCleaner). */
record TextLine(int number, String raw, String tagged) {

    static TextLine of(int number, String raw) {
        return new TextLine(number, raw, LineCleaner.tag(raw));
    }

    boolean blank() {
        return tagged.isEmpty();
    }

    String clean() {
        return LineCleaner.strip(tagged);
    }

    Piece whole() {
        return new Piece(this, tagged);
    }
}
