package org.battlequiz.generation;

import org.battlequiz.article.SourceLine;

/** What an item rests on: the fact's identity and kind, the line it came from and how sure the parser was. */
record FactRef(String id, String kind, SourceLine source, double confidence) {
    static FactRef of(String id, String kind, SourceLine source) {
        return new FactRef(id, kind, source, 1.0);
    }

    FactRef withConfidence(double value) {
        return new FactRef(id, kind, source, value);
    }
}
