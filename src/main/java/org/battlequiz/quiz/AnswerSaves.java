package org.battlequiz.quiz;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MultivaluedMap;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.PlayableQuestion;
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

    private record Row(long id, List<String> response, boolean checked) {
    }

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
        Map<Long, Row> rows = head.isOpen() && !head.due(now, grace) ? rows(connection, attemptId) : Map.of();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, QuestionContent> questions = new HashMap<>();
        for (PlayableQuestion question : playable.of(head.setId(), head.questionsVersion())) {
            if (rows.containsKey(question.id())) {
                questions.put(question.id(), question.content());
            }
        }
        boolean allKnown = storeChanged(connection, rows, questions, form, now);
        if (page != null) {
            int resumeAt = Math.max(1, Math.min(page, questions.size()));
            if (resumeAt != head.currentPage()) {
                update(connection, "update attempt set current_page = ?, version = version + 1 where id = ?",
                        resumeAt, attemptId);
            }
        }
        return Optional.of(allKnown ? SaveOutcome.SAVED : SaveOutcome.STALE);
    }

    private static boolean storeChanged(Connection connection, Map<Long, Row> rows,
                                        Map<Long, QuestionContent> questions, MultivaluedMap<String, String> form,
                                        Instant now) throws SQLException {
        boolean allKnown = true;
        try (PreparedStatement update = connection.prepareStatement(
                "update attempt_answer set response = ?::jsonb, answered_at = ? where id = ?")) {
            int changed = 0;
            for (long id : AnswerForm.postedQuestions(form)) {
                Row row = rows.get(id);
                if (row == null || !questions.containsKey(id)) {
                    allKnown = false;
                } else if (!row.checked()) {
                    List<String> response = AnswerForm.responseTo(id, questions.get(id), form);
                    if (!response.equals(row.response())) {
                        update.setString(1, StoredJson.of(response));
                        update.setTimestamp(2, Timestamp.from(now));
                        update.setLong(3, row.id());
                        update.addBatch();
                        changed++;
                    }
                }
            }
            if (changed > 0) {
                update.executeBatch();
            }
        }
        return allKnown;
    }

    private static Map<Long, Row> rows(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, question_id, response, checked from attempt_answer where attempt_id = ?")) {
            select.setLong(1, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                Map<Long, Row> rows = new HashMap<>();
                while (rs.next()) {
                    rows.put(rs.getLong(2), new Row(rs.getLong(1), StoredJson.strings(rs.getString(3)), rs.getBoolean(4)));
                }
                return rows;
            }
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
