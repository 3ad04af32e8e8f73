package org.battlequiz.article;

import java.util.List;

/** The body lines joined into one cleaned text. */
final class BodyText {
    private BodyText() {
    }

    static String of(List<TextLine> body) {
        StringBuilder b = new StringBuilder();
        for (TextLine l : body) {
            b.append(l.clean()).append(' ');
        }
        return b.toString();
    }
}
