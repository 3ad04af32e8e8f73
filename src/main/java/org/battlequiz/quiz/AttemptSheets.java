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
 * Reads an attempt for its quiz, summary and result pages in one plain statement, with no entity loaded and no
 * transaction: the attempt with its owner and set, joined with its answer rows. The set's questions come parsed from
 * memory while the set's questions_version says they are current.
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
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(AttemptHead.WITH_ANSWERS)) {
            select.setLong(1, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                head = AttemptHead.of(rs);
                answers = new HashMap<>();
                do {
                    long question = rs.getLong(12);
                    if (!rs.wasNull()) {
                        answers.put(question, SavedAnswer.of(rs, 12));
                    }
                } while (rs.next());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading attempt " + attemptId + " failed", e);
        }
        List<PlayableQuestion> questions = AttemptSheet.drawn(playable.of(head.setId(), head.questionsVersion()),
                answers, head.id(), head.settings());
        return Optional.of(new AttemptSheet(head, questions, answers));
    }

    /** The closed attempt's score, submission and retry facts; see {@link AttemptOutcome}. */
    AttemptOutcome outcome(long attemptId) {
        try (Connection connection = dataSource.getConnection()) {
            AttemptOutcome outcome = AttemptOutcome.read(connection, attemptId);
            if (outcome == null) {
                throw new AttemptNotFoundException(attemptId);
            }
            return outcome;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the outcome of attempt " + attemptId + " failed", e);
        }
    }
}
