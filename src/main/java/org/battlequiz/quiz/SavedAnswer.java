package org.battlequiz.quiz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An attempt's answer row as the quiz pages and saves read it. */
record SavedAnswer(List<String> response, Double fraction, boolean checked, boolean flagged) {
    /** The attempt's answer rows by question id, read in one plain statement. */
    static Map<Long, SavedAnswer> readAll(Connection connection, long attemptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select question_id, response, fraction, checked, flagged from attempt_answer where attempt_id = ?")) {
            select.setLong(1, attemptId);
            try (ResultSet rs = select.executeQuery()) {
                Map<Long, SavedAnswer> answers = new HashMap<>();
                while (rs.next()) {
                    answers.put(rs.getLong(1), of(rs, 1));
                }
                return answers;
            }
        }
    }

    /** The answer in the current row: question id, response, fraction, checked and flagged from column first on. */
    static SavedAnswer of(ResultSet rs, int first) throws SQLException {
        double fraction = rs.getDouble(first + 2);
        Double stored = rs.wasNull() ? null : fraction;
        return new SavedAnswer(StoredJson.strings(rs.getString(first + 1)), stored, rs.getBoolean(first + 3),
                rs.getBoolean(first + 4));
    }

    boolean answered() {
        return response.stream().anyMatch(value -> !value.isBlank());
    }
}
