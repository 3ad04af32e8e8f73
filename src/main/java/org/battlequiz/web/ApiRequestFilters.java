package org.battlequiz.web;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.battlequiz.account.ClientAddress;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards of the public /api, run before matching and before the body is read: a per-client rate limit (429 with
 * Retry-After) and the text/plain content type (415), both answered in the API's JSON error shape. The type check
 * also keeps form posts to /api away from the CSRF filter, whose refusal would carry no JSON body.
 */
public class ApiRequestFilters {
    @Inject
    RateLimiter limiter;

    /** The bucket is read and written in PostgreSQL, on a worker thread, never on the I/O thread. */
    @ServerRequestFilter(preMatching = true, priority = 10)
    public Uni<Response> limitRate(ContainerRequestContext context, HttpServerRequest request) {
        if (!isApi(context)) {
            return Uni.createFrom().nullItem();
        }
        String client = ClientAddress.of(request);
        return Uni.createFrom().item(() -> refusal(limiter.acquire(client)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private static Response refusal(long waitSeconds) {
        if (waitSeconds == 0) {
            return null;
        }
        return ApiErrors.error(429, "Too many requests: try again in " + waitSeconds + " s")
                .header(HttpHeaders.RETRY_AFTER, waitSeconds).build();
    }

    @ServerRequestFilter(preMatching = true, priority = 20)
    public Response requirePlainText(ContainerRequestContext context) {
        MediaType type = context.getMediaType();
        if (!isApi(context) || !HttpMethod.POST.equals(context.getMethod())
                || type != null && type.isCompatible(MediaType.TEXT_PLAIN_TYPE)) {
            return null;
        }
        return ApiErrors.error(415, "Unsupported content type: send the article as text/plain (UTF-8)").build();
    }

    private static boolean isApi(ContainerRequestContext context) {
        return context.getUriInfo().getPath().startsWith("/api/");
    }
}
