package org.battlequiz.quiz;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Before a learner's history is read, attempts whose time ran out or whose set closed are submitted. */
public class OverdueOnHistory {
    @Inject
    AttemptService attempts;

    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void closeOverdue(UriInfo uri) {
        if (uri.getPath().startsWith("/history") && !identity.isAnonymous()) {
            attempts.closeDueOf(identity.getPrincipal().getName());
        }
    }
}
