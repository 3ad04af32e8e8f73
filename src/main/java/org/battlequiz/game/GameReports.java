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
            reports.add(new QuestionReport(i + 1, question.prompt, answers.size(),
                    Tallies.percent(right, answers.size()), seconds, false,
                    Tallies.of(question.content(), answers)));
        }
        reports.stream().filter(r -> r.answers() > 0).max(Comparator.comparingDouble(QuestionReport::averageSeconds))
                .ifPresent(slowest -> reports.set(slowest.number() - 1, new QuestionReport(slowest.number(),
                        slowest.prompt(), slowest.answers(), slowest.rightPercent(), slowest.averageSeconds(), true,
                        slowest.picks())));
        return reports;
    }

    static String csv(List<QuestionReport> reports) {
        StringBuilder csv = new StringBuilder();
        ResultsCsv.row(csv, HEADER);
        for (QuestionReport report : reports) {
            for (Tally pick : report.picks()) {
                ResultsCsv.row(csv, List.of(String.valueOf(report.number()), ResultsCsv.text(report.prompt()),
                        String.valueOf(report.answers()), String.valueOf(report.rightPercent()),
                        ResultsCsv.number(report.averageSeconds()), report.slowest() ? "yes" : "no",
                        ResultsCsv.text(pick.label()), String.valueOf(pick.percent()), pick.right() ? "yes" : "no"));
            }
        }
        return csv.toString();
    }
}
