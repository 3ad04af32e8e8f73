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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.question.PlayableQuestions;

/**
 * Saves the answers of an open attempt in plain statements. An attempt saved before on this instance is saved in
 * one statement, which locks its row, checks that it is still open and owned, and updates the changed answers and
 * the page to resume on. Otherwise, in one short transaction: lock the attempt's row, read its answer rows, update
 * those whose response changed and the page. An attempt that is closed, due to close or without reserved rows is
 * left to {@link AttemptService}, which closes or reserves with its entities.
 */
@ApplicationScoped
class AnswerSaves {
    /**
     * Locks the attempt's row when it is open, owned, in time and at the known questions version, then updates the
     * posted answers that differ from the stored ones (checked answers stay) and the page to resume on (0: none).
     */
    private static final String ONE_STATEMENT_SAVE = """
            with head as (
                select a.id, a.current_page from attempt a
                join app_user u on u.id = a.user_id join question_set s on s.id = a.set_id
                where a.id = ? and u.username = ? and a.state = 'IN_PROGRESS' and s.status = 'PUBLISHED'
                  and s.questions_version = ? and (a.deadline is null or a.deadline >= ?)
                for no key update of a),
            posted as (select * from unnest(?::bigint[], ?::text[]) as p(question_id, response)),
            saved as (
                update attempt_answer aa set response = p.response::jsonb, answered_at = ?
                from head, posted p
                where aa.attempt_id = head.id and aa.question_id = p.question_id and not aa.checked
                  and aa.response <> p.response::jsonb),
            resumed as (
                update attempt a set current_page = r.page, version = a.version + 1
                from head, (select ?::int as page) r
                where a.id = head.id and r.page > 0 and head.current_page <> r.page)
            select count(*) from head""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlayableQuestions playable;

    @Inject
    KnownAttempts known;

    /** The outcome, or empty when the attempt must take the long way; nothing is written then. */
    Optional<SaveOutcome> trySave(String username, long attemptId, MultivaluedMap<String, String> form, Integer page,
                                  Instant now, Duration grace) {
        try (Connection connection = dataSource.getConnection()) {
            KnownAttempts.Shape shape = known.get(attemptId);
            if (shape != null) {
                Optional<SaveOutcome> saved = saveInOneStatement(connection, shape, username, attemptId, form, page,
                        now, grace);
                if (saved.isPresent()) {
                    return saved;
                }
            }
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
        known.remember(attemptId, new KnownAttempts.Shape(head.setId(), head.questionsVersion(),
                Set.copyOf(rows.keySet())));
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

    /**
     * The save of a known attempt as one statement, in its own transaction; empty, with nothing written, when the
     * attempt is not found open, owned, in time and at the questions version known.
     */
    private Optional<SaveOutcome> saveInOneStatement(Connection connection, KnownAttempts.Shape shape,
                                                     String username, long attemptId,
                                                     MultivaluedMap<String, String> form, Integer page, Instant now,
                                                     Duration grace) throws SQLException {
        Map<Long, QuestionContent> questions = playable.contentOf(shape.setId(), shape.questionsVersion(),
                shape.questionIds());
        PostedAnswers posted = PostedAnswers.all(form, questions, shape.questionIds());
        Long[] ids = posted.changed().keySet().toArray(Long[]::new);
        String[] responses = posted.changed().values().stream().map(StoredJson::of).toArray(String[]::new);
        int resumeAt = page == null ? 0 : Math.max(1, Math.min(page, questions.size()));
        connection.setAutoCommit(true);
        try (PreparedStatement save = connection.prepareStatement(ONE_STATEMENT_SAVE)) {
            save.setLong(1, attemptId);
            save.setString(2, username);
            save.setLong(3, shape.questionsVersion());
            save.setTimestamp(4, Timestamp.from(now.minus(grace)));
            save.setArray(5, connection.createArrayOf("bigint", ids));
            save.setArray(6, connection.createArrayOf("text", responses));
            save.setTimestamp(7, Timestamp.from(now));
            save.setInt(8, resumeAt);
            try (ResultSet found = save.executeQuery()) {
                if (!found.next() || found.getInt(1) == 0) {
                    return Optional.empty();
                }
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
