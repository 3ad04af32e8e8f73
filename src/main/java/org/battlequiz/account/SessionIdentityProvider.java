package org.battlequiz.account;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.battlequiz.DatabaseOutage;

/** Turns a session token into the identity of its user, read from PostgreSQL or from the sessions kept here. */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<SessionTokenRequest> {
    public static final String USER_ID = "battlequiz.user-id";
    public static final String TIME_ZONE = "battlequiz.time-zone";

    @Inject
    SessionService sessions;

    @Inject
    KnownSessions known;

    @Override
    public Class<SessionTokenRequest> getRequestType() {
        return SessionTokenRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(SessionTokenRequest request, AuthenticationRequestContext context) {
        String tokenHash = SessionService.hash(request.token());
        SecurityIdentity kept = known.get(tokenHash, Instant.now());
        if (kept != null) {
            return Uni.createFrom().item(kept);
        }
        long readingFrom = known.readingFrom();
        return context.runBlocking(() -> {
            try {
                return sessions.resume(tokenHash).map(live -> {
                    SecurityIdentity identity = identity(live.user());
                    known.keep(tokenHash, identity, live.goodUntil(), readingFrom);
                    return identity;
                }).orElse(null);
            } catch (RuntimeException e) {
                SecurityIdentity whileAway = DatabaseOutage.causedBy(e) ? known.whileAway(tokenHash, Instant.now())
                        : null;
                if (whileAway == null) {
                    throw e;
                }
                return whileAway;
            }
        });
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
