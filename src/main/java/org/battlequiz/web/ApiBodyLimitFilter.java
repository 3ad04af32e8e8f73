package org.battlequiz.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.article.ArticleTooLargeException;

/**
 * Refuses an /api body whose declared length is over the limit before it is read, with the JSON error the API
 * promises; smaller bodies are measured again by the resources (chunked uploads have no declared length).
 */
@ApplicationScoped
public class ApiBodyLimitFilter {
    @Inject
    BattleQuizConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::check, 4_000);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && context.normalizedPath().startsWith("/api/") && declaredTooLarge(length)) {
            String message = new ArticleTooLargeException(config.api().maxBodyBytes()).getMessage();
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json;charset=UTF-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(new JsonObject().put("error", message).encode());
            return;
        }
        context.next();
    }

    private boolean declaredTooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > config.api().maxBodyBytes();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
