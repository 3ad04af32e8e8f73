package org.battlequiz.history;

import java.time.Instant;
import java.util.List;

/** Everything the class results page and its CSV show about one set. */
public record ClassResults(long setId, String title, String grading, List<Learner> learners, TestStats test,
                           List<Item> items, int minAttemptsForFlags) {

    /** One learner's submitted attempts, oldest first, and the grade the set's grading method gives them. */
    public record Learner(String username, List<AttemptRow> attempts, double grade) {
        public String gradeText() {
            return ResultsCsv.number(grade) + "%";
        }
    }

    /** late: submitted after the learner's due date under its assignment (a later one for them included). */
    public record AttemptRow(long id, Instant submittedAt, double score, double maxScore, double percent,
                             boolean late) {
        public String scoreText() {
            return ResultsCsv.number(score) + " / " + ResultsCsv.number(maxScore) + " (" + ResultsCsv.number(percent)
                    + "%)";
        }
    }

    /** One question's statistics; options lists every option of a choice question with how often it was picked. */
    public record Item(long questionId, int number, String prompt, String type, ItemStats stats,
                       List<OptionPick> options, List<String> flags) {
        public boolean flagged() {
            return !flags.isEmpty();
        }

        public String facility() {
            return ResultsCsv.number(stats.facility()) + "%";
        }

        /** The discrimination index as a correlation (-1..1), as teachers compare it with 0.25. */
        public String discrimination() {
            return stats.discriminationIndex() == null ? "—" : ResultsCsv.number(stats.discriminationIndex() / 100);
        }

        /** How wide a bar the facility fills, in whole percent. */
        public int facilityBar() {
            return (int) Math.round(Math.max(0, Math.min(100, stats.facility())));
        }
    }

    public record OptionPick(String option, int count, double percent, boolean key) {
        public String share() {
            return ResultsCsv.number(percent) + "%";
        }

        public int bar() {
            return (int) Math.round(Math.max(0, Math.min(100, percent)));
        }
    }

    /** The whole test's mean score, formatted. */
    public String meanPercent() {
        return ResultsCsv.number(test.mean()) + "%";
    }

    public int attemptCount() {
        return learners.stream().mapToInt(l -> l.attempts().size()).sum();
    }
}
