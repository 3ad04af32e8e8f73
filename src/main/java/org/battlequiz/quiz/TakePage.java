package org.battlequiz.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;

/** Builds the quiz page of an attempt: its questions with the saved answers, paged as the set says. */
final class TakePage {
    private TakePage() {
    }

    static TakeView of(Attempt attempt, int requestedPage, Instant now, String notice) {
        QuizSettings settings = QuizSettings.of(attempt.questionSet.options);
        Map<Long, AttemptAnswer> rows = AttemptAnswers.rows(attempt);
        List<Question> questions = AttemptPlan.questions(attempt, rows.values());
        List<QuestionView> all = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            AttemptAnswer row = rows.get(question.id);
            AnswerReview feedback = row.checked ? ResultPage.review(question, i + 1, row) : null;
            all.add(AttemptPlan.view(attempt, question, i + 1).withAnswer(row.response, feedback, row.flagged));
        }
        int page = Math.max(1, Math.min(requestedPage, all.size()));
        List<QuestionView> shown = settings.onePerPage() && !all.isEmpty() ? List.of(all.get(page - 1)) : all;
        Long secondsLeft = TimeLeftText.secondsLeft(attempt, now);
        return new TakeView(attempt.id, attempt.questionSet.title, shown, all, page, settings.onePerPage(),
                settings.feedbackImmediately(), secondsLeft, notice, attempt.practice);
    }
}
