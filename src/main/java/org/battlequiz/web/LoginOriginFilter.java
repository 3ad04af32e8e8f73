package org.battlequiz.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URI;

/**
 * Login CSRF guard beside the token: browsers send Origin and Sec-Fetch-Site on form posts; a cross-site login
 * is refused before its password is checked.
 */
@ApplicationScoped
public class LoginOriginFilter {
    static final String LOGIN_ACTION = "/login";

    void register(@Observes Filters filters) {
        filters.register(this::check, 5_000);
    }

    private void check(RoutingContext context) {
        if (context.request().method() == HttpMethod.POST && LOGIN_ACTION.equals(context.normalizedPath())
                && isCrossSite(context)) {
            context.response().setStatusCode(403).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=UTF-8")
                    .end("Cross-site login refused");
            return;
        }
        context.next();
    }

    private static boolean isCrossSite(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null && fetchSite.equals("cross-site")) {
            return true;
        }
        String origin = context.request().getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        try {
            String host = context.request().getHeader(HttpHeaders.HOST);
            return host == null || !host.equalsIgnoreCase(URI.create(origin).getRawAuthority());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
