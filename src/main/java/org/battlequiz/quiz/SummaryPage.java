package org.battlequiz.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.question.PlayableQuestion;

/** Builds the summary of an open attempt from its saved answers and flags. */
final class SummaryPage {
    private SummaryPage() {
    }

    static SummaryView of(AttemptSheet attempt, Instant now) {
        boolean onePerPage = attempt.settings().onePerPage();
        List<PlayableQuestion> questions = attempt.questions();
        String quizPage = "/attempts/" + attempt.id();
        List<SummaryView.Item> items = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            SavedAnswer saved = attempt.answers().get(questions.get(i).id());
            int number = i + 1;
            String href = onePerPage ? quizPage + "?page=" + number : quizPage + "#question-" + number;
            items.add(new SummaryView.Item(number, questions.get(i).content().prompt(), saved.answered(),
                    saved.flagged(), href));
        }
        String back = onePerPage ? quizPage + "?page=" + attempt.currentPage() : quizPage;
        return new SummaryView(attempt.id(), attempt.setTitle(), attempt.practice(), items, back,
                attempt.secondsLeft(now));
    }
}
