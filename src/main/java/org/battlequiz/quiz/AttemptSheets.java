package org.battlequiz.quiz;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.question.PlayableQuestion;
import org.battlequiz.question.PlayableQuestions;
import org.battlequiz.question.SetStatus;

/**
 * Reads an attempt for its quiz and summary pages in two plain statements, with no entity loaded and no transaction:
 * the attempt with its owner and set, then its answer rows. The set's questions come parsed from memory while the
 * set's questions_version says they are current.
 */
@ApplicationScoped
class AttemptSheets {
    @Inject
    AgroalDataSource dataSource;

    @Inject
    PlayableQuestions playable;

    private record Head(long id, String owner, long setId, String setTitle, QuizSettings settings, SetStatus setStatus,
                        long questionsVersion, AttemptState state, Instant deadline, int currentPage,
                        boolean practice) {
    }

    /** The attempt, or empty when none has the id. */
    Optional<AttemptSheet> read(long attemptId) {
        Head head;
        Map<Long, SavedAnswer> answers;
        try (Connection connection = dataSource.getConnection()) {
            head = head(connection, attemptId);
            if (head == null) {
                return Optional.empty();
            }
            answers = answers(connection, attemptId);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading attempt " + attemptId + " failed", e);
        }
        List<PlayableQuestion> questions = AttemptSheet.drawn(playable.of(head.setId(), head.questionsVersion()),
                answers, head.id(), head.settings());
        return Optional.of(new AttemptSheet(head.id(), head.owner(), head.setTitle(), head.settings(),
                head.setStatus(), head.state(), head.deadline(), head.currentPage(), head.practice(), questions,
                answers));
    }

    private static Head head(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select a.id, u.username, s.id, s.title, s.options, s.status, s.questions_version, a.state,
                       a.deadline, a.current_page, a.practice
                from attempt a join app_user u on u.id = a.user_id join question_set s on s.id = a.set_id
                where a.id = ?""")) {
            select.setLong(1, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Head(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        QuizSettings.of(StoredJson.options(rs.getString(5))), SetStatus.valueOf(rs.getString(6)),
                        rs.getLong(7), AttemptState.valueOf(rs.getString(8)), instant(rs.getTimestamp(9)),
                        rs.getInt(10), rs.getBoolean(11));
            }
        }
    }

    private static Map<Long, SavedAnswer> answers(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select question_id, response, fraction, checked, flagged from attempt_answer where attempt_id = ?")) {
            select.setLong(1, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                Map<Long, SavedAnswer> answers = new HashMap<>();
                while (rs.next()) {
                    double fraction = rs.getDouble(3);
                    answers.put(rs.getLong(1), new SavedAnswer(StoredJson.strings(rs.getString(2)),
                            rs.wasNull() ? null : fraction, rs.getBoolean(4), rs.getBoolean(5)));
                }
                return answers;
            }
        }
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
