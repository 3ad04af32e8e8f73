package org.battlequiz.generation.item;

import java.math.BigDecimal;

/**
 * One answer of an imported question as its file gave it: the text (an option, a number or "*", an accepted text,
 * "True"/"False"), its credit as a fraction of full marks (negative only in a multiple select), the feedback a
 * learner sees on giving it (null if none) and, for a number, its own tolerance.
 */
public record AnswerCredit(String answer, BigDecimal fraction, String feedback, BigDecimal tolerance) {
    public AnswerCredit {
        fraction = fraction == null ? BigDecimal.ZERO : fraction;
        feedback = feedback == null || feedback.isBlank() ? null : feedback;
    }

    public static AnswerCredit of(String answer, BigDecimal fraction) {
        return new AnswerCredit(answer, fraction, null, null);
    }
}
