package org.battlequiz.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.battlequiz.BattleQuizConfig;

/** Strict-Transport-Security on every response (pages, errors, static files) when the app runs behind TLS. */
@ApplicationScoped
public class StrictTransportFilter {
    private static final String ONE_YEAR = "max-age=31536000; includeSubDomains";

    void register(@Observes Filters filters, BattleQuizConfig config) {
        if (config.transport().hsts()) {
            filters.register(StrictTransportFilter::addHeader, 6_000);
        }
    }

    private static void addHeader(RoutingContext context) {
        context.response().putHeader("Strict-Transport-Security", ONE_YEAR);
        context.next();
    }
}
