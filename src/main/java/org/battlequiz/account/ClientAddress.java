package org.battlequiz.account;

import io.vertx.core.http.HttpServerRequest;

/** The client's address: the connection's, or X-Forwarded-For's when it came from a configured trusted proxy. */
public final class ClientAddress {
    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
