package org.battlequiz.history;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The learner's own score history: a page of attempts, newest first, and aggregates over all of them. */
@Path("/history")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HistoryResource {
    @Inject
    SecurityIdentity identity;

    @Inject
    HistoryService service;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(HistoryPage history);
    }

    @GET
    public TemplateInstance history(@QueryParam("page") String page) {
        return Templates.history(service.page(identity.getPrincipal().getName(), pageNumber(page)));
    }

    static int pageNumber(String page) {
        try {
            return page == null ? 1 : Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
