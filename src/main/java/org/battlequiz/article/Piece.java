package org.battlequiz.article;

/** A line or the part of a line that belongs to one infobox column; text still carries its [n] markers. */
record Piece(TextLine line, String text) {

    String clean() {
        return LineCleaner.strip(text);
    }

    SourceLine source() {
        return new SourceLine(line.number(), line.raw(), LineCleaner.refs(text));
    }

    boolean blank() {
        return text.isBlank();
    }
}
