package org.battlequiz.quiz;

import jakarta.ws.rs.core.MultivaluedMap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.Question;

/** Saving, checking and grading the answer rows of an attempt whose row is locked by the caller. */
final class AttemptAnswers {
    private static final Grader GRADER = new Grader();

    private AttemptAnswers() {
    }

    /** The attempt's answer rows by question id; an attempt started before rows were reserved gets them now. */
    static Map<Long, AttemptAnswer> rows(Attempt attempt) {
        List<AttemptAnswer> rows = AttemptAnswer.listFor(attempt);
        if (rows.isEmpty()) {
            rows = Question.listPlayable(attempt.questionSet).stream().map(q -> AttemptPlan.reserve(attempt, q)).toList();
        }
        return rows.stream().collect(Collectors.toMap(a -> a.question.id, Function.identity()));
    }

    /**
     * Saves the responses the form gives to the attempt's questions (its rows, and their content by question id);
     * checked answers stay as they were.
     * @return false when the form answered a question that is not part of the attempt (that answer is dropped)
     */
    static boolean store(Map<Long, AttemptAnswer> rows, Map<Long, QuestionContent> questions,
                         MultivaluedMap<String, String> form, Instant now) {
        Map<Long, SavedAnswer> saved = new HashMap<>();
        rows.forEach((id, row) -> saved.put(id, new SavedAnswer(row.response, row.fraction, row.checked, row.flagged)));
        PostedAnswers posted = PostedAnswers.of(form, questions, saved);
        posted.changed().forEach((id, response) -> {
            AttemptAnswer row = rows.get(id);
            row.response = new ArrayList<>(response);
            row.answeredAt = now;
        });
        return posted.allKnown();
    }

    /** Grades one answer now and locks it, for immediate feedback; an unanswered question is not locked. */
    static void check(Map<Long, AttemptAnswer> rows, Map<Long, QuestionContent> questions, long questionId) {
        AttemptAnswer row = rows.get(questionId);
        if (row != null && !row.checked && row.response.stream().anyMatch(v -> !v.isBlank())) {
            QuestionContent question = questions.get(questionId);
            row.fraction = GRADER.grade(question != null ? question : row.question.content(), row.response);
            row.checked = true;
        }
    }

    /** Grades every question with its saved answer and closes the attempt in the given state; scored once. */
    static void close(Attempt attempt, AttemptState state, Instant now) {
        Map<Long, AttemptAnswer> rows = rows(attempt);
        List<Question> questions = AttemptPlan.questions(attempt, rows.values());
        double score = 0;
        for (Question question : questions) {
            AttemptAnswer row = rows.get(question.id);
            row.fraction = GRADER.grade(question.content(), row.response);
            score += row.fraction;
        }
        attempt.score = score;
        attempt.maxScore = (double) questions.size();
        attempt.state = state;
        attempt.submittedAt = state == AttemptState.OVERDUE && attempt.deadline.isBefore(now) ? attempt.deadline : now;
        attempt.late = attempt.dueAt != null && attempt.submittedAt.isAfter(attempt.dueAt);
        HistoryTally.add(attempt, questions, rows);
    }
}
