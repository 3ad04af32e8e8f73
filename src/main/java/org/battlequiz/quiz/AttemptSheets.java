package org.battlequiz.quiz;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.question.PlayableQuestion;
import org.battlequiz.question.PlayableQuestions;

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

    /** The attempt, or empty when none has the id. */
    Optional<AttemptSheet> read(long attemptId) {
        AttemptHead head;
        Map<Long, SavedAnswer> answers;
        try (Connection connection = dataSource.getConnection()) {
            head = AttemptHead.read(connection, attemptId, false);
            if (head == null) {
                return Optional.empty();
            }
            answers = answers(connection, attemptId);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading attempt " + attemptId + " failed", e);
        }
        List<PlayableQuestion> questions = AttemptSheet.drawn(playable.of(head.setId(), head.questionsVersion()),
                answers, head.id(), head.settings());
        return Optional.of(new AttemptSheet(head, questions, answers));
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

}
