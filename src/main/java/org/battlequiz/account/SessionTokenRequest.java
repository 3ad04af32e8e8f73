package org.battlequiz.account;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a session cookie, to be resolved against the stored sessions. */
public class SessionTokenRequest extends BaseAuthenticationRequest {
    private final String token;

    public SessionTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
