package org.battlequiz.quiz;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.battlequiz.account.User;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionContent;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.QuestionSetService;

/** Starting, showing, submitting (exactly once) and reviewing a learner's attempts; only their owner sees them. */
@ApplicationScoped
public class AttemptService {
    private final Grader grader = new Grader();

    @Inject
    QuestionSetService sets;

    /** Resumes the learner's open attempt at the set, or starts one; a double click never opens two. */
    public long start(String username, long setId) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> openAttempt(username, setId));
        } catch (PersistenceException e) {
            return QuarkusTransaction.requiringNew().call(() -> openAttempt(username, setId));
        }
    }

    private long openAttempt(String username, long setId) {
        QuestionSet set = sets.findPublished(setId);
        User user = User.findByUsername(username).orElseThrow(() -> new NotFoundException("No such user"));
        return Attempt.findOpen(user, set).orElseGet(() -> {
            AttemptPlan.checkAttemptsLeft(user, set);
            Attempt attempt = new Attempt();
            attempt.user = user;
            attempt.questionSet = set;
            attempt.persistAndFlush();
            AttemptPlan.draw(attempt);
            return attempt;
        }).id;
    }

    @Transactional
    public Attempt owned(String username, long attemptId) {
        Attempt attempt = Attempt.findById(attemptId);
        if (attempt == null || !attempt.belongsTo(username)) {
            throw new NotFoundException("No attempt " + attemptId + " of yours");
        }
        return attempt;
    }

    @Transactional
    public TakeView takeView(String username, long attemptId) {
        Attempt attempt = owned(username, attemptId);
        List<Question> questions = AttemptPlan.questions(attempt);
        List<QuestionView> views = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            views.add(AttemptPlan.view(attempt, questions.get(i), i + 1));
        }
        return new TakeView(attempt.id, attempt.questionSet.title, views);
    }

    /** Grades and closes the attempt; an attempt already closed is left as it was, so a resend scores once. */
    @Transactional
    public void submit(String username, long attemptId, MultivaluedMap<String, String> form) {
        Attempt attempt = Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt == null || !attempt.belongsTo(username)) {
            throw new NotFoundException("No attempt " + attemptId + " of yours");
        }
        if (!attempt.isOpen()) {
            return;
        }
        Map<Long, AttemptAnswer> saved = AttemptAnswer.listFor(attempt).stream()
                .collect(Collectors.toMap(a -> a.question.id, Function.identity()));
        List<Question> questions = AttemptPlan.questions(attempt);
        double score = 0;
        for (Question question : questions) {
            AttemptAnswer answer = saved.computeIfAbsent(question.id, id -> newAnswer(attempt, question));
            answer.response = new ArrayList<>(AnswerForm.responseTo(question, form));
            answer.fraction = grader.grade(question.content(), answer.response);
            answer.answeredAt = Instant.now();
            answer.persist();
            score += answer.fraction;
        }
        attempt.score = score;
        attempt.maxScore = (double) questions.size();
        attempt.state = AttemptState.SUBMITTED;
        attempt.submittedAt = Instant.now();
    }

    @Transactional
    public ResultView result(String username, long attemptId) {
        Attempt attempt = owned(username, attemptId);
        Map<Long, AttemptAnswer> answers = AttemptAnswer.listFor(attempt).stream()
                .collect(Collectors.toMap(a -> a.question.id, Function.identity()));
        List<AnswerReview> reviews = new ArrayList<>();
        List<Question> questions = AttemptPlan.questions(attempt);
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            QuestionContent content = question.content();
            AttemptAnswer answer = answers.get(question.id);
            List<String> response = answer == null ? List.of() : answer.response;
            double fraction = answer == null || answer.fraction == null ? 0 : answer.fraction;
            reviews.add(AttemptPlan.withFeedbackTiming(attempt, new AnswerReview(i + 1, question.prompt,
                    AnswerFormat.response(content, response), AnswerFormat.key(content), question.source,
                    question.explanation, fraction)));
        }
        return new ResultView(attempt.id, attempt.questionSet.id, attempt.questionSet.title,
                attempt.score == null ? 0 : attempt.score, attempt.maxScore == null ? 0 : attempt.maxScore,
                attempt.submittedAt, reviews);
    }

    private static AttemptAnswer newAnswer(Attempt attempt, Question question) {
        AttemptAnswer answer = new AttemptAnswer();
        answer.attempt = attempt;
        answer.question = question;
        return answer;
    }
}
