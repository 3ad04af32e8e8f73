package org.battlequiz.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.battlequiz.authoring.SetOptions;
import org.battlequiz.question.ItemNumbers;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.quiz.Attempt;
import org.battlequiz.quiz.AttemptAnswer;
import org.battlequiz.quiz.AttemptState;
import org.battlequiz.quiz.SubmittedScore;

/** Reads a set's submitted attempts into per-learner results and Moodle-style item statistics. */
@ApplicationScoped
public class ClassResultsService {

    @Transactional
    public ClassResults results(QuestionSet set) {
        List<Attempt> attempts = Attempt.list("questionSet = ?1 and state <> ?2 and practice = false"
                + " order by submittedAt, id", set, AttemptState.IN_PROGRESS);
        Map<Long, List<AttemptAnswer>> answers = new LinkedHashMap<>();
        for (AttemptAnswer answer : AttemptAnswer.<AttemptAnswer>list(
                "attempt.questionSet = ?1 and attempt.state <> ?2 and attempt.practice = false", set,
                AttemptState.IN_PROGRESS)) {
            answers.computeIfAbsent(answer.attempt.id, id -> new ArrayList<>()).add(answer);
        }
        List<ScoredAttempt> scored = new ArrayList<>();
        Map<String, List<ClassResults.AttemptRow>> perLearner = new java.util.TreeMap<>();
        for (Attempt attempt : attempts) {
            List<ItemResponse> responses = answers.getOrDefault(attempt.id, List.of()).stream()
                    .map(ClassResultsService::response).toList();
            if (!responses.isEmpty()) {
                scored.add(new ScoredAttempt(responses));
            }
            double score = attempt.score == null ? 0 : attempt.score;
            double max = attempt.maxScore == null ? 0 : attempt.maxScore;
            perLearner.computeIfAbsent(attempt.user.username, u -> new ArrayList<>()).add(
                    new ClassResults.AttemptRow(attempt.id, attempt.submittedAt, score, max,
                            max == 0 ? 0 : 100 * score / max, attempt.late));
        }
        var grading = SetOptions.fromStored(set.options).grading();
        List<ClassResults.Learner> learners = new ArrayList<>();
        perLearner.forEach((username, rows) -> learners.add(new ClassResults.Learner(username, rows,
                grading.grade(rows.stream().map(r -> new SubmittedScore(r.id(), r.submittedAt(), r.percent()))
                        .toList()).orElse(0))));
        ClassStatistics statistics = ItemStatistics.analyse(scored);
        return new ClassResults(set.id, set.title, grading.setting(), learners, statistics.test(),
                items(set, statistics), ItemStatistics.DEFAULT_MIN_ATTEMPTS_FOR_FLAGS);
    }

    private static List<ClassResults.Item> items(QuestionSet set, ClassStatistics statistics) {
        Map<String, ItemStats> byId = new LinkedHashMap<>();
        statistics.items().forEach(stats -> byId.put(stats.itemId(), stats));
        List<ClassResults.Item> items = new ArrayList<>();
        List<Question> questions = Question.list("questionSet = ?1 order by position", set);
        ItemNumbers numbers = ItemNumbers.of(questions);
        for (Question question : questions) {
            ItemStats stats = byId.get(String.valueOf(question.id));
            if (stats == null) {
                continue;
            }
            List<ClassResults.OptionPick> options = new ArrayList<>();
            if (isChoice(question.type)) {
                for (String option : question.options) {
                    options.add(new ClassResults.OptionPick(option, stats.optionCounts().getOrDefault(option, 0),
                            stats.optionShare(option), question.keys.contains(option)));
                }
            }
            List<String> flags = stats.flags().stream().map(ClassResultsService::flagLabel).toList();
            items.add(new ClassResults.Item(question.id, numbers.number(question), question.prompt,
                    question.type.label(), stats, options, flags));
        }
        return items;
    }

    private static ItemResponse response(AttemptAnswer answer) {
        double fraction = answer.fraction == null ? 0 : Math.max(0, Math.min(1, answer.fraction));
        List<String> chosen = answer.response.stream().filter(r -> r != null && !r.isBlank()).toList();
        return new ItemResponse(String.valueOf(answer.question.id), fraction, 1, chosen);
    }

    static boolean isChoice(QuestionType type) {
        return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_SELECT
                || type == QuestionType.TRUE_FALSE;
    }

    static String flagLabel(ItemFlag flag) {
        return switch (flag) {
            case TOO_HARD -> "Too hard: facility under 30%";
            case TOO_EASY -> "Too easy: facility over 70%";
            case LOW_DISCRIMINATION -> "Low discrimination: under 0.25";
        };
    }
}
