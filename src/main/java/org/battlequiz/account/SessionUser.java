package org.battlequiz.account;

/** Who a live session belongs to. */
public record SessionUser(long id, String username, String role) {
}
