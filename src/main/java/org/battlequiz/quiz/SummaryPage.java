package org.battlequiz.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;

/** Builds the summary of an open attempt from its saved answers and flags. */
final class SummaryPage {
    private SummaryPage() {
    }

    static SummaryView of(Attempt attempt, Instant now) {
        boolean onePerPage = QuizSettings.of(attempt.questionSet.options).onePerPage();
        Map<Long, AttemptAnswer> rows = AttemptAnswers.rows(attempt);
        List<Question> questions = AttemptPlan.questions(attempt, rows.values());
        String quizPage = "/attempts/" + attempt.id;
        List<SummaryView.Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            AttemptAnswer row = rows.get(questions.get(i).id);
            int number = i + 1;
            boolean answered = row.response.stream().anyMatch(value -> !value.isBlank());
            String href = onePerPage ? quizPage + "?page=" + number : quizPage + "#question-" + number;
            items.add(new SummaryView.Item(number, questions.get(i).prompt, answered, row.flagged, href));
        }
        String back = onePerPage ? quizPage + "?page=" + attempt.currentPage : quizPage;
        Long secondsLeft = TimeLeftText.secondsLeft(attempt, now);
        return new SummaryView(attempt.id, attempt.questionSet.title, attempt.practice, items, back, secondsLeft);
    }
}
