package org.battlequiz.quiz;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.PlayableQuestions;

/**
 * Saves the answers of an open attempt in plain statements in one short transaction: lock the attempt's row, read
 * its answer rows, update those whose response changed and the page to resume on. An attempt that is closed, due
 * to close or without reserved rows is left to {@link AttemptService}, which closes or reserves with its entities.
 */
@ApplicationScoped
class AnswerSaves {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlayableQuestions playable;

    /** The outcome, or empty when the attempt must take the long way; nothing is written then. */
    Optional<SaveOutcome> trySave(String username, long attemptId, MultivaluedMap<String, String> form, Integer page,
                                  Instant now, Duration grace) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                Optional<SaveOutcome> outcome = save(connection, username, attemptId, form, page, now, grace);
                if (outcome.isPresent()) {
                    connection.commit();
                } else {
                    connection.rollback();
                }
                return outcome;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Saving the answers of attempt " + attemptId + " failed", e);
        }
    }

    private Optional<SaveOutcome> save(Connection connection, String username, long attemptId,
                                       MultivaluedMap<String, String> form, Integer page, Instant now,
                                       Duration grace) throws SQLException {
        AttemptHead head = AttemptHead.read(connection, attemptId, true);
        if (head == null || !head.owner().equals(username)) {
            throw new AttemptNotFoundException(attemptId);
        }
        Map<Long, SavedAnswer> rows = head.isOpen() && !head.due(now, grace)
                ? SavedAnswer.readAll(connection, attemptId) : Map.of();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, QuestionContent> questions = playable.contentOf(head.setId(), head.questionsVersion(), rows.keySet());
        PostedAnswers posted = PostedAnswers.of(form, questions, rows);
        storeChanged(connection, attemptId, posted.changed(), now);
        if (page != null) {
            int resumeAt = Math.max(1, Math.min(page, questions.size()));
            if (resumeAt != head.currentPage()) {
                update(connection, "update attempt set current_page = ?, version = version + 1 where id = ?",
                        resumeAt, attemptId);
            }
        }
        return Optional.of(posted.allKnown() ? SaveOutcome.SAVED : SaveOutcome.STALE);
    }

    private static void storeChanged(Connection connection, long attemptId, Map<Long, List<String>> changed,
                                     Instant now) throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("update attempt_answer"
                + " set response = ?::jsonb, answered_at = ? where attempt_id = ? and question_id = ?")) {
            for (Map.Entry<Long, List<String>> answer : changed.entrySet()) {
                update.setString(1, StoredJson.of(answer.getValue()));
                update.setTimestamp(2, Timestamp.from(now));
                update.setLong(3, attemptId);
                update.setLong(4, answer.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void update(Connection connection, String sql, int value, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, value);
            statement.setLong(2, id);
            statement.executeUpdate();
        }
    }
}
