package org.battlequiz.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.battlequiz.account.User;
import org.battlequiz.question.PlayableQuestion;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.question.SetStatus;

/** Applies a set's options to attempts: attempts allowed, the questions drawn, their order and feedback timing. */
final class AttemptPlan {
    private AttemptPlan() {
    }

    static void checkAttemptsLeft(User user, QuestionSet set) {
        Integer allowed = QuizSettings.of(set.options).attemptsAllowed();
        if (allowed != null && Attempt.countFinished(user, set) >= allowed) {
            throw new NoAttemptsLeftException(allowed);
        }
    }

    /**
     * Reserves an answer row for each question of a new attempt (all of the pool unless the set draws fewer), so
     * the attempt keeps its questions when the set is edited later and saves only ever update rows.
     */
    static void draw(Attempt attempt) {
        QuizSettings settings = QuizSettings.of(attempt.questionSet.options);
        List<Question> pool = Question.listPlayable(attempt.questionSet);
        if (settings.questionsPerAttempt() == null || settings.questionsPerAttempt() >= pool.size()) {
            pool.forEach(question -> reserve(attempt, question));
            return;
        }
        Set<Long> seen = new HashSet<>(AttemptAnswer.<AttemptAnswer>list(
                "attempt.user = ?1 and attempt.questionSet = ?2 and attempt <> ?3", attempt.user,
                attempt.questionSet, attempt).stream().map(a -> a.question.id).toList());
        Set<Long> drawn = Set.copyOf(AttemptDraw.draw(pool.stream().map(q -> q.id).toList(), seen,
                settings.questionsPerAttempt(), attempt.id));
        for (Question question : pool) {
            if (drawn.contains(question.id)) {
                reserve(attempt, question);
            }
        }
    }

    static AttemptAnswer reserve(Attempt attempt, Question question) {
        AttemptAnswer reserved = new AttemptAnswer();
        reserved.attempt = attempt;
        reserved.question = question;
        reserved.persist();
        return reserved;
    }

    /** The attempt's questions in the order it shows them. */
    static List<Question> questions(Attempt attempt) {
        return questions(attempt, AttemptAnswer.listFor(attempt));
    }

    /** As {@link #questions(Attempt)}, from the attempt's answer rows the caller has already read. */
    static List<Question> questions(Attempt attempt, java.util.Collection<AttemptAnswer> rows) {
        List<Question> pool = Question.listPlayable(attempt.questionSet);
        Set<Long> reserved = rows.stream().map(a -> a.question.id).collect(Collectors.toSet());
        List<Question> chosen = reserved.isEmpty() ? pool : pool.stream().filter(q -> reserved.contains(q.id)).toList();
        return AttemptDraw.order(chosen, QuizSettings.of(attempt.questionSet.options).shuffleQuestions(), attempt.id);
    }

    /** The question as the attempt shows it: choice options shuffled per attempt when the set says so. */
    static QuestionView view(long attemptId, QuizSettings settings, PlayableQuestion question, int number) {
        QuestionView view = QuestionView.of(question.id(), question.content(), number);
        QuestionType type = question.content().type();
        boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_SELECT;
        if (!choice || !settings.shuffleOptions()) {
            return view;
        }
        return view.withOptions(AttemptDraw.order(view.options(), true, attemptId * 31 + question.id()));
    }

    /** Right answers, explanations and sources wait for the set to close when the teacher chose so. */
    /** The review as a set that holds its answers until it closes shows it: the learner's answer and score only. */
    static AnswerReview held(AnswerReview review) {
        return new AnswerReview(review.number(), review.prompt(), review.yourAnswer(), AnswerReview.HELD, null, null,
                review.fraction(), true);
    }
}
