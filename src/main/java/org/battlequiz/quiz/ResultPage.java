package org.battlequiz.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.battlequiz.question.Question;
import org.battlequiz.generation.item.QuestionContent;

/** Builds the result page of a closed attempt, and the feedback on one answer. */
final class ResultPage {
    private ResultPage() {
    }

    /** @param retryRefusal why "Retry the ones I got wrong" is not offered, or null when it is */
    static ResultView of(Attempt attempt, String notice, QuizNotice retryRefusal) {
        Map<Long, AttemptAnswer> rows = AttemptAnswers.rows(attempt);
        List<AnswerReview> reviews = new ArrayList<>();
        List<Question> questions = AttemptPlan.questions(attempt, rows.values());
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            reviews.add(AttemptPlan.withFeedbackTiming(attempt, review(question, i + 1, rows.get(question.id))));
        }
        return new ResultView(attempt.id, attempt.questionSet.id, attempt.questionSet.title,
                attempt.score == null ? 0 : attempt.score, attempt.maxScore == null ? 0 : attempt.maxScore,
                attempt.submittedAt, attempt.state == AttemptState.OVERDUE, notice, reviews, attempt.practice,
                retryRefusal == null, retryRefusal == QuizNotice.RETRY_STUDY);
    }

    static AnswerReview review(Question question, int number, AttemptAnswer answer) {
        return answer == null ? review(question.content(), number, List.of(), null)
                : review(question.content(), number, answer.response, answer.fraction);
    }

    static AnswerReview review(QuestionContent content, int number, List<String> response, Double fraction) {
        return new AnswerReview(number, content.prompt(), AnswerFormat.response(content, response),
                AnswerFormat.key(content), content.source(), content.explanation(), fraction == null ? 0 : fraction,
                false);
    }
}
