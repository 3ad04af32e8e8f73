package org.battlequiz.quiz;

/**
 * One question on the result page: what was asked and answered, the right answer and the line it rests on.
 * A held review (feedback after the set closes) shows only the learner's answer.
 */
public record AnswerReview(int number, String prompt, String yourAnswer, String rightAnswer, String source,
                           String explanation, double fraction, boolean held) {
    static final String HELD = "Shown when the quiz closes";

    public String verdict() {
        return held ? "held" : fraction >= 1 ? "right" : fraction > 0 ? "partly" : "wrong";
    }

    public String verdictLabel() {
        return held ? HELD : fraction >= 1 ? "Right" : fraction > 0 ? "Partly right (" + Math.round(fraction * 100) + "%)" : "Wrong";
    }
}
