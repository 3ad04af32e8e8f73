package org.battlequiz.quiz;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Before a learner's history is read, their attempts whose time ran out are submitted, so it never shows them open. */
public class OverdueOnHistory {
    @Inject
    AttemptService attempts;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void closeOverdue(UriInfo uri) {
        if (uri.getPath().startsWith("/history") && !identity.isAnonymous()) {
            attempts.closeOverdueOf(identity.getPrincipal().getName());
        }
    }
}
