package org.battlequiz.generation;

import java.util.List;
import java.util.Optional;

/** A key term the article names, with the forms it may appear in and the answers a blank for it accepts. */
record Term(String text, String kind, List<String> keys) {
    Term {
        keys = List.copyOf(keys);
    }

    /** The first form of this term that occurs exactly once, as whole words, in the sentence. */
    Optional<String> foundIn(String sentence) {
        for (String form : keys) {
            int at = Terms.indexOfWords(sentence, form);
            if (at >= 0 && Terms.indexOfWords(sentence.substring(at + form.length()), form) < 0) {
                return Optional.of(sentence.substring(at, at + form.length()));
            }
        }
        return Optional.empty();
    }
}
