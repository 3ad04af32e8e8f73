package org.battlequiz.article;

import java.util.List;

/** A one-column infobox row such as Date or Result: the label line, the value glued to it and the lines below. */
record HeaderField(TextLine labelLine, String inlineValue, List<TextLine> continuation) {
    HeaderField {
        continuation = List.copyOf(continuation);
    }

    /** The value's pieces in reading order: the inline value (if any) then the continuation lines. */
    List<Piece> pieces() {
        java.util.ArrayList<Piece> out = new java.util.ArrayList<>();
        if (!inlineValue.isBlank()) {
            out.add(new Piece(labelLine, inlineValue));
        }
        for (TextLine line : continuation) {
            if (!line.blank()) {
                out.add(line.whole());
            }
        }
        return out;
    }
}
