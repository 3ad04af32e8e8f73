package org.battlequiz.quiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.battlequiz.question.SetStatus;

/** An attempt's own row with its owner's name and what its set says, read in one plain statement. */
record AttemptHead(long id, String owner, long setId, String setTitle, QuizSettings settings, SetStatus setStatus,
                   long questionsVersion, AttemptState state, Instant deadline, int currentPage, boolean practice) {
    private static final String COLUMNS = "select a.id, u.username, s.id, s.title, s.options, s.status,"
            + " s.questions_version, a.state, a.deadline, a.current_page, a.practice";
    private static final String FROM = " from attempt a join app_user u on u.id = a.user_id"
            + " join question_set s on s.id = a.set_id";
    private static final String SELECT = COLUMNS + FROM + " where a.id = ?";

    /** The attempt, or null when none has the id; locked, its row only, for the rest of the transaction. */
    static AttemptHead read(Connection connection, long attemptId, boolean lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(lock ? SELECT + " for no key update of a" : SELECT)) {
            select.setLong(1, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? of(rs) : null;
            }
        }
    }

    /** The head in the current row of a result whose first eleven columns are the head's. */
    static AttemptHead of(ResultSet rs) throws SQLException {
        Timestamp deadline = rs.getTimestamp(9);
        return new AttemptHead(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                QuizSettings.of(StoredJson.options(rs.getString(5))), SetStatus.valueOf(rs.getString(6)),
                rs.getLong(7), AttemptState.valueOf(rs.getString(8)),
                deadline == null ? null : deadline.toInstant(), rs.getInt(10), rs.getBoolean(11));
    }

    /**
     * The attempt with its answer rows, one result row each (answer columns null when it has none), in one
     * statement: the head's columns, then those {@link SavedAnswer#of} reads from column 12 on.
     */
    static final String WITH_ANSWERS = COLUMNS + ", aa.question_id, aa.response, aa.fraction, aa.checked, aa.flagged"
            + FROM + " left join attempt_answer aa on aa.attempt_id = a.id where a.id = ?";

    boolean isOpen() {
        return state == AttemptState.IN_PROGRESS;
    }

    /** Past its deadline and grace, or its set no longer published. */
    boolean due(Instant now, Duration grace) {
        return deadline != null && deadline.plus(grace).isBefore(now) || setStatus != SetStatus.PUBLISHED;
    }
}
