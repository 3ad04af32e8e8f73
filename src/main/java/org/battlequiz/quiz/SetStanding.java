package org.battlequiz.quiz;

import java.util.Comparator;
import java.util.List;

/**
 * A learner's graded attempts at one set as its page states them: best and last score (null before the first
 * finished attempt) and the attempts left (null when the set does not limit them).
 */
public record SetStanding(String best, String last, Integer attemptsLeft) {

    /** @param finished the learner's finished graded attempts, the last submitted first */
    static SetStanding of(List<Attempt> finished, Integer attemptsAllowed) {
        Integer left = attemptsAllowed == null ? null : Math.max(0, attemptsAllowed - finished.size());
        if (finished.isEmpty()) {
            return new SetStanding(null, null, left);
        }
        Attempt best = finished.stream().max(Comparator.comparingDouble(SetStanding::percent)).orElseThrow();
        return new SetStanding(text(best), text(finished.get(0)), left);
    }

    public boolean scored() {
        return best != null;
    }

    public boolean limited() {
        return attemptsLeft != null;
    }

    private static double percent(Attempt attempt) {
        return attempt.maxScore == null || attempt.maxScore == 0 ? 0 : attempt.score / attempt.maxScore;
    }

    private static String text(Attempt attempt) {
        double score = attempt.score == null ? 0 : attempt.score;
        double max = attempt.maxScore == null ? 0 : attempt.maxScore;
        return ScoreText.of(score, max) + " (" + ScoreText.percent(score, max) + "%)";
    }
}
