package org.battlequiz.authoring;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An article form larger than the server reads at all is answered, unread, with a redirect to the form page that
 * states the limits, instead of the server's bare 413. Anything smaller reaches the resource, which keeps the form.
 */
@ApplicationScoped
public class ArticleBodyLimitFilter {
    private static final String ARTICLE_FORM = "/teach/sets";

    @Inject
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBody;

    void register(@Observes Filters filters) {
        filters.register(this::check, 4_002);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (context.request().method() == HttpMethod.POST && ARTICLE_FORM.equals(context.normalizedPath())
                && length != null && ImportBodyLimitFilter.declared(length) > maxBody.asLongValue()) {
            context.response().setStatusCode(303).putHeader(HttpHeaders.LOCATION, "/teach/new?too-large=1")
                    .putHeader(HttpHeaders.CONNECTION, "close").end();
            return;
        }
        context.next();
    }
}
