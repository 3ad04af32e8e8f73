package org.battlequiz.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;

/** Every text response names its charset, whichever layer wrote it (pages, errors, JSON, static files). */
@ApplicationScoped
public class CharsetFilter {

    void register(@Observes Filters filters) {
        filters.register(this::addCharset, 6_000);
    }

    private void addCharset(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            String type = context.response().headers().get(HttpHeaders.CONTENT_TYPE);
            if (type != null && textual(type.toLowerCase(Locale.ROOT)) && !type.toLowerCase(Locale.ROOT)
                    .contains("charset=")) {
                context.response().headers().set(HttpHeaders.CONTENT_TYPE, type + ";charset=UTF-8");
            }
        });
        context.next();
    }

    private static boolean textual(String type) {
        return type.startsWith("text/") || type.startsWith("application/json") || type.startsWith("application/xml")
                || type.contains("+xml") || type.startsWith("application/javascript");
    }
}
