package org.battlequiz.account;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The time zone of this request's viewer: the account's chosen zone, else the browser's guess (the {@code tz} cookie
 * the page script sets), else UTC. Resolved once per request from the session's identity, without a database read.
 */
@RequestScoped
public class ViewerZone {
    public static final String COOKIE = "tz";

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentVertxRequest request;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = resolve();
        }
        return zone;
    }

    /** Whether the account has chosen a zone (a guess never overrides a choice). */
    public boolean chosen() {
        return !identity.isAnonymous() && identity.getAttribute(SessionIdentityProvider.TIME_ZONE) != null;
    }

    /** The zone of the request being served, or UTC outside a request (scheduled work, tests of plain code). */
    public static ZoneId current() {
        InjectableContext.ContextState state = Arc.container() == null ? null
                : Arc.container().requestContext().getStateIfActive();
        if (state == null) {
            return ZoneOffset.UTC;
        }
        return Arc.container().instance(ViewerZone.class).get().zone();
    }

    private ZoneId resolve() {
        if (chosen()) {
            return TimeZones.parse(identity.getAttribute(SessionIdentityProvider.TIME_ZONE)).orElse(ZoneOffset.UTC);
        }
        RoutingContext http = request.getCurrent();
        Cookie guess = http == null ? null : http.request().getCookie(COOKIE);
        return guess == null ? ZoneOffset.UTC
                : TimeZones.parse(java.net.URLDecoder.decode(guess.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                        .orElse(ZoneOffset.UTC);
    }
}
