package org.battlequiz;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * Whether a failure is the database being away (restarting, unreachable) or every pooled connection busy past the
 * acquisition timeout, which a retry in a moment cures.
 */
public final class DatabaseOutage {
    public static final String MESSAGE = "The database is not reachable just now. Please try again in a moment; "
            + "nothing you saved before is lost.";
    /** SQLSTATE class 08 (connection exception) and 57P01-57P03 (the server is shutting down or starting). */
    private static final String[] STATES = {"08", "57P01", "57P02", "57P03"};
    private static final int DEEPEST_CAUSE = 20;

    private DatabaseOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        return connectionLost(failure) || anyCause(failure, DatabaseOutage::poolExhausted);
    }

    /** The database refused or dropped the connection; unlike a busy pool, this fails fast, so a retry is cheap. */
    public static boolean connectionLost(Throwable failure) {
        return anyCause(failure, t -> t instanceof ConnectException
                || t instanceof SQLException sql && lostConnection(sql.getSQLState())
                || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException"));
    }

    private static boolean poolExhausted(Throwable t) {
        return t instanceof SQLTransientConnectionException
                || t instanceof SQLException && t.getCause() instanceof TimeoutException;
    }

    private static boolean anyCause(Throwable failure, Predicate<Throwable> test) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < DEEPEST_CAUSE; depth++, t = t.getCause()) {
            if (test.test(t)) {
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
