package org.battlequiz.quiz;

import org.battlequiz.DomainException;

/** A typed answer longer than an answer may be. */
public class AnswerTooLongException extends DomainException {
    public AnswerTooLongException(int maxChars) {
        super(400, "An answer can have at most " + maxChars + " characters.");
    }
}
