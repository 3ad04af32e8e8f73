package org.battlequiz.quiz;

/** One question on the result page: what was asked and answered, the right answer and the line it rests on. */
public record AnswerReview(int number, String prompt, String yourAnswer, String rightAnswer, String source,
                           String explanation, double fraction) {

    public String verdict() {
        return fraction >= 1 ? "right" : fraction > 0 ? "partly" : "wrong";
    }

    public String verdictLabel() {
        return fraction >= 1 ? "Right" : fraction > 0 ? "Partly right (" + Math.round(fraction * 100) + "%)" : "Wrong";
    }
}
