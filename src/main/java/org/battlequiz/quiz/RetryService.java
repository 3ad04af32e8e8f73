package org.battlequiz.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Instant;
import java.util.List;
import org.battlequiz.account.User;
import org.battlequiz.classroom.Assignments;
import org.battlequiz.question.Question;
import org.battlequiz.question.SetStatus;

/**
 * "Retry the ones I got wrong": a practice attempt of exactly the questions a closed attempt did not get fully
 * right. It is offered only where the set already showed those answers, has no time limit, and never counts as a
 * graded attempt (scores, history, class results, attempts allowed). Once the class assignment it was taken under
 * has closed, no attempt starts: the learner studies those questions instead.
 */
@ApplicationScoped
public class RetryService {
    @Inject
    Assignments assignments;

    /** Resumes the open practice attempt of the attempt's wrong questions, or starts one; a double click opens one. */
    public long retryWrong(String username, long attemptId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> openRetry(username, attemptId));
        } catch (PersistenceException e) {
            return QuarkusTransaction.requiringNew().call(() -> openRetry(username, attemptId));
        }
    }

    /** Why the attempt cannot be retried now, or null when it can. */
    QuizNotice refusal(Attempt attempt) {
        QuizNotice refused = refusal(attempt, wrongQuestions(attempt));
        return refused == null && assignmentClosed(attempt) ? QuizNotice.RETRY_STUDY : refused;
    }

    private boolean assignmentClosed(Attempt attempt) {
        Attempt graded = attempt;
        while (graded.retryOf != null) {
            graded = graded.retryOf;
        }
        return graded.assignmentId != null && assignments.closedFor(attempt.user, graded.assignmentId, Instant.now());
    }

    private static QuizNotice refusal(Attempt attempt, List<Question> wrong) {
        return refusal(attempt.questionSet.isPublished(),
                attempt.isOpen() || AnswerRelease.heldFrom(attempt.user, attempt.questionSet), !wrong.isEmpty());
    }

    /**
     * As {@link #refusal(Attempt)}, for the result page, from the attempt's plain values; only an attempt under a
     * class assignment loads entities, to ask whether the assignment has closed.
     */
    QuizNotice refusal(AttemptSheet attempt, AttemptOutcome outcome) {
        boolean anyWrong = attempt.questions().stream().map(q -> attempt.answers().get(q.id()))
                .anyMatch(a -> a != null && (a.fraction() == null || a.fraction() < 1));
        QuizNotice refused = refusal(attempt.head().setStatus() == SetStatus.PUBLISHED,
                attempt.isOpen() || ResultPage.feedbackHeld(attempt) || outcome.openAtSet(), anyWrong);
        return refused == null && outcome.gradedAssignment() != null
                && QuarkusTransaction.requiringNew().call(() -> assignments.closedFor(
                        User.findById(outcome.userId()), outcome.gradedAssignment(), Instant.now()))
                ? QuizNotice.RETRY_STUDY : refused;
    }

    private static QuizNotice refusal(boolean published, boolean held, boolean anyWrong) {
        if (!published) {
            return QuizNotice.RETRY_CLOSED;
        }
        if (held) {
            return QuizNotice.RETRY_HELD;
        }
        return anyWrong ? null : QuizNotice.RETRY_NONE;
    }

    /** The questions of a closed attempt, in its order, that earned less than full credit. */
    public static List<Question> wrongQuestions(Attempt attempt) {
        List<Long> wrong = AttemptAnswer.listFor(attempt).stream()
                .filter(row -> row.fraction == null || row.fraction < 1).map(row -> row.question.id).toList();
        return AttemptPlan.questions(attempt).stream().filter(q -> wrong.contains(q.id)).toList();
    }

    private long openRetry(String username, long attemptId) {
        Attempt retried = Attempt.findById(attemptId);
        if (retried == null || !retried.belongsTo(username)) {
            throw new AttemptNotFoundException(attemptId);
        }
        return Attempt.findOpenRetry(retried).orElseGet(() -> practiceOf(retried)).id;
    }

    private Attempt practiceOf(Attempt retried) {
        QuizNotice refused = refusal(retried);
        if (refused != null) {
            throw new RetryRefusedException(refused);
        }
        List<Question> wrong = wrongQuestions(retried);
        Attempt practice = new Attempt();
        practice.user = retried.user;
        practice.questionSet = retried.questionSet;
        practice.practice = true;
        practice.retryOf = retried;
        practice.startedAt = Instant.now();
        practice.persistAndFlush();
        wrong.forEach(question -> AttemptPlan.reserve(practice, question));
        return practice;
    }
}
