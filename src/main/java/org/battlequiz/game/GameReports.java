package org.battlequiz.game;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.battlequiz.history.ResultsCsv;
import org.battlequiz.question.Question;

/** The per-question report of a game, on the host's end screen and as CSV. */
final class GameReports {
    private static final List<String> HEADER = List.of("question", "prompt", "answers", "right_percent",
            "average_seconds", "slowest", "option_or_outcome", "pick_percent", "right_option");
    /** the outcome column of a question the host skipped */
    private static final String SKIPPED = "skipped";

    private GameReports() {
    }

    static List<QuestionReport> of(Game game, Map<Long, Question> questions) {
        Map<Integer, List<GameAnswer>> byIndex = GameAnswer.allOf(game).stream()
                .collect(Collectors.groupingBy(a -> a.questionIndex));
        List<QuestionReport> reports = new ArrayList<>();
        for (int i = 0; i < game.questionIds.size(); i++) {
            Question question = questions.get(game.questionIds.get(i));
            List<GameAnswer> answers = byIndex.getOrDefault(i, List.of());
            long right = answers.stream().filter(a -> a.fraction >= 1).count();
            double seconds = answers.stream().mapToLong(a -> a.elapsedMs).average().orElse(0) / 1000;
            boolean skipped = game.wasSkipped(i);
            reports.add(new QuestionReport(i + 1, question.prompt, answers.size(),
                    Tallies.percent(right, answers.size()), seconds, false, skipped,
                    skipped ? List.of() : Tallies.of(question.content(), answers)));
        }
        reports.stream().filter(r -> r.answers() > 0).max(Comparator.comparingDouble(QuestionReport::averageSeconds))
                .ifPresent(slowest -> reports.set(slowest.number() - 1, new QuestionReport(slowest.number(),
                        slowest.prompt(), slowest.answers(), slowest.rightPercent(), slowest.averageSeconds(), true,
                        false, slowest.picks())));
        return reports;
    }

    static String csv(List<QuestionReport> reports) {
        StringBuilder csv = new StringBuilder();
        ResultsCsv.row(csv, HEADER);
        for (QuestionReport report : reports) {
            if (report.skipped()) {
                row(csv, report, SKIPPED, 0, false);
            }
            for (Tally pick : report.picks()) {
                row(csv, report, pick.label(), pick.percent(), pick.right());
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, QuestionReport report, String outcome, int percent, boolean right) {
        ResultsCsv.row(csv, List.of(String.valueOf(report.number()), ResultsCsv.text(report.prompt()),
                String.valueOf(report.answers()), String.valueOf(report.rightPercent()),
                ResultsCsv.number(report.averageSeconds()), report.slowest() ? "yes" : "no",
                ResultsCsv.text(outcome), String.valueOf(percent), right ? "yes" : "no"));
    }
}
