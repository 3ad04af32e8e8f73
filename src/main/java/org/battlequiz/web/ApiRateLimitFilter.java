package org.battlequiz.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Refuses /api requests beyond a client's rate with 429 and Retry-After, before the body is read. */
public class ApiRateLimitFilter {
    @Inject
    RateLimiter limiter;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext context, HttpServerRequest request) {
        if (!context.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String client = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        long waitSeconds = limiter.acquire(client);
        if (waitSeconds == 0) {
            return null;
        }
        return ApiErrors.error(429, "Too many requests: try again in " + waitSeconds + " s")
                .header(HttpHeaders.RETRY_AFTER, waitSeconds).build();
    }
}
