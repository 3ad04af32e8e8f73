package org.battlequiz.account;

import org.jboss.logging.Logger;

/** Security events with user, client address and route; passwords are never passed here. */
public final class SecurityLog {
    public static final String CATEGORY = "org.battlequiz.security";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private SecurityLog() {
    }

    public static void event(String what, String user, String address, String route) {
        LOG.warnf("%s: user=%s address=%s route=%s", what, safe(user), safe(address), safe(route));
    }

    /** Only the characters of usernames, addresses and paths, so a typed name cannot forge a log line. */
    static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        String cut = value.length() > 64 ? value.substring(0, 64) : value;
        return cut.replaceAll("[^A-Za-z0-9_.:/\\-\\[\\]]", "?");
    }
}
