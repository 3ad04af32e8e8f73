package org.battlequiz.quiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * What a closed attempt's result page needs beyond its sheet, read in one plain statement: its score, when it was
 * submitted, its learner, the class assignment of the graded attempt it retries (or its own), and whether the learner
 * has an attempt at the set open now.
 */
record AttemptOutcome(double score, double maxScore, Instant submittedAt, long userId, Long gradedAssignment,
                      boolean openAtSet) {
    private static final String SELECT = """
            with recursive chain as (
                select id, retry_of, assignment_id from attempt where id = ?
                union all
                select a.id, a.retry_of, a.assignment_id from attempt a join chain c on a.id = c.retry_of)
            select t.score, t.max_score, t.submitted_at, t.user_id,
                   (select assignment_id from chain where retry_of is null),
                   exists (select 1 from attempt o where o.user_id = t.user_id and o.set_id = t.set_id
                           and o.state = 'IN_PROGRESS' and not o.practice)
            from attempt t where t.id = ?""";

    /** The attempt's outcome, or null when none has the id. */
    static AttemptOutcome read(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SELECT)) {
            select.setLong(1, attemptId);
            select.setLong(2, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                Timestamp submitted = rs.getTimestamp(3);
                long assignment = rs.getLong(5);
                Long graded = rs.wasNull() ? null : assignment;
                return new AttemptOutcome(rs.getDouble(1), rs.getDouble(2),
                        submitted == null ? null : submitted.toInstant(), rs.getLong(4), graded, rs.getBoolean(6));
            }
        }
    }
}
