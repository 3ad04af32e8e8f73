package org.battlequiz.history;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Class results as one RFC 4180 CSV: a "record" column says what each row is (attempt, item, option, review);
 * "late" is yes for an attempt submitted after the learner's due date, as the results page marks it.
 * Text cells that a spreadsheet would run as a formula are prefixed with an apostrophe.
 */
public final class ResultsCsv {
    private static final List<String> HEADER = List.of("record", "learner_or_item", "attempt_or_option", "submitted",
            "score", "max_score", "percent", "grade", "attempts", "facility", "discrimination", "flags", "picks",
            "late");

    private ResultsCsv() {
    }

    /** @param reviewCounts per generator version: items, pending, accepted, edited, rejected */
    public static String write(ClassResults results, Map<String, int[]> reviewCounts) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (ClassResults.Learner learner : results.learners()) {
            for (ClassResults.AttemptRow attempt : learner.attempts()) {
                row(csv, List.of("attempt", text(learner.username()), String.valueOf(attempt.id()),
                        String.valueOf(attempt.submittedAt()), number(attempt.score()), number(attempt.maxScore()),
                        number(attempt.percent()), number(learner.grade()), "", "", "", "", "",
                        attempt.late() ? "yes" : "no"));
            }
        }
        for (ClassResults.Item item : results.items()) {
            ItemStats stats = item.stats();
            row(csv, List.of("item", text(item.number() + ". " + item.prompt()), "", "", "", "", "", "",
                    String.valueOf(stats.attempts()), number(stats.facility()),
                    stats.discriminationIndex() == null ? "" : number(stats.discriminationIndex() / 100),
                    text(String.join("; ", item.flags())), "", ""));
            for (ClassResults.OptionPick pick : item.options()) {
                row(csv, List.of("option", text(item.number() + ". " + item.prompt()),
                        text((pick.key() ? "[key] " : "") + pick.option()), "", "", "", number(pick.percent()),
                        "", "", "", "", "", String.valueOf(pick.count()), ""));
            }
        }
        reviewCounts.forEach((version, c) -> row(csv, List.of("review", text(version), "", "", "", "", "", "",
                String.valueOf(c[0]), "", "", text("pending " + c[1] + "; accepted " + c[2] + "; edited " + c[3]
                        + "; rejected " + c[4]), "", "")));
        return csv.toString();
    }

    /** A text cell as a spreadsheet will read it: never as a formula. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return "=+-@\t\r|%".indexOf(first) >= 0 ? "'" + value : value;
    }

    public static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public static void row(StringBuilder csv, List<String> cells) {
        List<String> quoted = new ArrayList<>();
        for (String cell : cells) {
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            quoted.add(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.append(String.join(",", quoted)).append("\r\n");
    }
}
