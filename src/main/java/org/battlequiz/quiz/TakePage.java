package org.battlequiz.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.question.PlayableQuestion;

/** Builds the quiz page of an attempt: its questions with the saved answers, paged as the set says. */
final class TakePage {
    private TakePage() {
    }

    static TakeView of(AttemptSheet attempt, int requestedPage, Instant now, String notice) {
        QuizSettings settings = attempt.settings();
        List<PlayableQuestion> questions = attempt.questions();
        List<QuestionView> all = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            PlayableQuestion question = questions.get(i);
            SavedAnswer saved = attempt.answers().get(question.id());
            AnswerReview feedback = saved.checked()
                    ? ResultPage.review(question.content(), i + 1, saved.response(), saved.fraction()) : null;
            all.add(AttemptPlan.view(attempt.id(), settings, question, i + 1)
                    .withAnswer(saved.response(), feedback, saved.flagged()));
        }
        int page = Math.max(1, Math.min(requestedPage, all.size()));
        List<QuestionView> shown = settings.onePerPage() && !all.isEmpty() ? List.of(all.get(page - 1)) : all;
        return new TakeView(attempt.id(), attempt.setTitle(), shown, all, page, settings.onePerPage(),
                settings.feedbackImmediately(), attempt.secondsLeft(now), notice, attempt.practice());
    }
}
