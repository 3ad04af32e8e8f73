package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** Turns the dated and numeric sentences of the body into BodyFacts. */
final class BodyFactExtractor {
    private BodyFactExtractor() {
    }

    static List<BodyFact> extract(List<TextLine> body) {
        return new ArrayList<>();
    }
}
