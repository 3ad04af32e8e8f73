package org.battlequiz.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URI;
import java.util.Optional;
import org.battlequiz.BattleQuizConfig;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * On every page and API response: redirects never built from the request's Host header (relative, or on the
 * configured public URL) and no-store for anything shown to a logged-in user (results, history, downloads) and
 * for failures.
 */
public class ResponseHardening {
    @Inject
    SecurityIdentity identity;

    /** looked up per response: filters are built before the runtime configuration exists */
    @Inject
    Instance<BattleQuizConfig> config;

    @ServerResponseFilter
    public void harden(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        if (location != null) {
            response.getHeaders().putSingle(HttpHeaders.LOCATION, ownLocation(location.toString()));
        }
        // a failure page may come before the session was read (the database away), when no identity can be asked
        if (response.getStatus() >= 500 || !identity.isAnonymous()) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
        }
    }

    private String ownLocation(String location) {
        URI uri = URI.create(location);
        if (!uri.isAbsolute()) {
            return location;
        }
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        Optional<String> base = config.get().transport().publicUrl();
        return base.map(b -> b.replaceAll("/+$", "") + path).orElse(path);
    }
}
