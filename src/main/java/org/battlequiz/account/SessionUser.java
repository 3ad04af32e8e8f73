package org.battlequiz.account;

/** Who a live session belongs to. */
/** {@code timeZone} is null until the user chooses one. */
public record SessionUser(long id, String username, String role, String timeZone) {
}
