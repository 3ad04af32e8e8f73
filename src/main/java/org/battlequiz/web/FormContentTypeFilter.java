package org.battlequiz.web;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages change state only through HTML forms, so a state-changing request outside /api must be a form
 * (url-encoded or multipart); the CSRF filter checks the token of exactly those. Anything else, including a
 * request without a Content-Type, is refused with 415 before it reaches a resource.
 */
public class FormContentTypeFilter {
    private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    static final String PAGE = PlainPage.of("", "Unsupported form",
            "This form was sent in a way the page does not accept.", "");

    @ServerRequestFilter(preMatching = true, priority = 30)
    public Response requireForm(ContainerRequestContext context) {
        if (SAFE.contains(context.getMethod()) || context.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE))) {
            return null;
        }
        return Response.status(415).type("text/html;charset=UTF-8").entity(PAGE).build();
    }
}
