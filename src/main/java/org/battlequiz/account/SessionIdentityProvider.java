package org.battlequiz.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Turns a session token into the identity of its user, checked against PostgreSQL on every request. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {
    public static final String USER_ID = "battlequiz.user-id";
    public static final String TIME_ZONE = "battlequiz.time-zone";

    @Inject
    SessionService sessions;

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resume(request.token()).map(SessionIdentityProvider::identity)
                .orElse(null));
    }

    private static SecurityIdentity identity(SessionUser user) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(user.username())).addRole(user.role()).addAttribute(USER_ID, user.id());
        if (user.timeZone() != null) {
            builder.addAttribute(TIME_ZONE, user.timeZone());
        }
        return builder.build();
    }
}
