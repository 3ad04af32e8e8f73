package org.battlequiz.quiz;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.PlayableQuestion;
import org.battlequiz.question.SetStatus;

/** Builds the result page of a closed attempt, and the feedback on one answer. */
final class ResultPage {
    private ResultPage() {
    }

    /** @param retryRefusal why "Retry the ones I got wrong" is not offered, or null when it is */
    static ResultView of(AttemptSheet attempt, AttemptOutcome outcome, String notice, QuizNotice retryRefusal) {
        List<AnswerReview> reviews = new ArrayList<>();
        boolean held = feedbackHeld(attempt);
        List<PlayableQuestion> questions = attempt.questions();
        for (int i = 0; i < questions.size(); i++) {
            PlayableQuestion question = questions.get(i);
            SavedAnswer answer = attempt.answers().get(question.id());
            AnswerReview review = answer == null ? review(question.content(), i + 1, List.of(), null)
                    : review(question.content(), i + 1, answer.response(), answer.fraction());
            reviews.add(held ? AttemptPlan.held(review) : review);
        }
        return new ResultView(attempt.id(), attempt.head().setId(), attempt.setTitle(), outcome.score(),
                outcome.maxScore(), outcome.submittedAt(), attempt.head().state() == AttemptState.OVERDUE, notice,
                reviews, attempt.practice(), retryRefusal == null, retryRefusal == QuizNotice.RETRY_STUDY);
    }

    /** Answers are held back until the set closes, when the set says so. */
    static boolean feedbackHeld(AttemptSheet attempt) {
        return attempt.settings().feedbackOnlyAfterClose() && attempt.head().setStatus() != SetStatus.CLOSED;
    }

    static AnswerReview review(QuestionContent content, int number, List<String> response, Double fraction) {
        return new AnswerReview(number, content.prompt(), AnswerFormat.response(content, response),
                AnswerFormat.key(content), content.source(), content.explanation(), fraction == null ? 0 : fraction,
                false);
    }
}
