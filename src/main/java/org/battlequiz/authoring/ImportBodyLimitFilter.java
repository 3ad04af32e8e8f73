package org.battlequiz.authoring;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.BattleQuizConfig;

/**
 * Refuses a question file upload whose declared length is well over the file limit before it is read, with a page
 * that says the limit (instead of the server's bare 413); uploads near the limit are measured by the resource.
 */
@ApplicationScoped
public class ImportBodyLimitFilter {
    private static final Pattern IMPORT = Pattern.compile("^/teach/sets/(\\d+)/import$");
    private static final long FORM_OVERHEAD = 64 * 1024;

    @Inject
    BattleQuizConfig config;

    void register(@Observes Filters filters) {
        filters.register(this::check, 4_001);
    }

    private void check(RoutingContext context) {
        Matcher upload = IMPORT.matcher(context.normalizedPath());
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit = config.interchange().maxFileBytes();
        if (context.request().method() == HttpMethod.POST && upload.matches() && length != null
                && declared(length) > limit + FORM_OVERHEAD) {
            context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(page(upload.group(1), ImportService.tooLargeMessage(declared(length), limit)));
            return;
        }
        context.next();
    }

    /** The declared Content-Length, -1 when unreadable. */
    static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String page(String setId, String message) {
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>File too large · Battle Quiz</title>
                <link rel="stylesheet" href="/css/app.css"></head><body><main id="main" class="wrap">
                <section class="panel narrow"><p class="eyebrow">Error 413</p><h1>File too large</h1><p>%s</p>
                <p><a class="button" href="/teach/sets/%s#interchange">Back to the set</a></p></section></main></body></html>
                """.formatted(message, setId);
    }
}
