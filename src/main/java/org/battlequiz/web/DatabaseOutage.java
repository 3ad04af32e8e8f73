package org.battlequiz.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure is the database being away (restarting, unreachable) or every pooled connection busy past the
 * acquisition timeout, which a retry in a moment cures.
 */
final class DatabaseOutage {
    static final String MESSAGE = "The database is not reachable just now. Please try again in a moment; "
            + "nothing you saved before is lost.";
    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server is shutting down or starting). */
    private static final String[] STATES = {"08", "57P01", "57P02", "57P03"};
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseOutage() {
    }

    static boolean causedBy(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEEPEST_CAUSE; depth++, t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof ConnectException
                    || t instanceof SQLException sql && lostConnection(sql.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException && t.getCause() instanceof TimeoutException) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    private static boolean lostConnection(String state) {
        if (state == null) {
            return false;
        }
        for (String s : STATES) {
            if (state.startsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
