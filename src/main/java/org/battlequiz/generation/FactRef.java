package org.battlequiz.generation;

import org.battlequiz.article.SourceLine;

/**
 * What an item rests on: the fact's identity and kind, the line it came from, how sure the parser was, the fact
 * as one sentence and the evidence as a reader should see it quoted (both optional).
 */
record FactRef(String id, String kind, SourceLine source, double confidence, String statement, String evidence) {
    FactRef(String id, String kind, SourceLine source, double confidence) {
        this(id, kind, source, confidence, null, null);
    }

    static FactRef of(String id, String kind, SourceLine source) {
        return new FactRef(id, kind, source, 1.0);
    }

    FactRef withConfidence(double value) {
        return new FactRef(id, kind, source, value, statement, evidence);
    }

    /** The fact as a sentence a learner can read on its own, e.g. "Charles I commanded the Royalists." */
    FactRef stating(String sentence) {
        return new FactRef(id, kind, source, confidence, Evidence.sentence(sentence), evidence);
    }

    /** The evidence as rendered for quoting, e.g. "Strength, Royalists: 12,000 foot". */
    FactRef quoting(String rendered) {
        return new FactRef(id, kind, source, confidence, statement, rendered);
    }
}
