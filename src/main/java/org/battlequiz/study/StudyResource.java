package org.battlequiz.study;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.battlequiz.study.StudyViews.Overview;
import org.battlequiz.study.StudyViews.Session;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Study mode: the decks with today's counts, a card's front, its answer with the grade buttons, and the grade. */
@Path("/study")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class StudyResource {
    @Inject
    StudyService study;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Overview overview);

        static native TemplateInstance session(Session session);
    }

    @GET
    public TemplateInstance index() {
        return Templates.index(study.overview(username()));
    }

    @GET
    @Path("{deck}")
    public TemplateInstance next(@RestPath String deck) {
        return Templates.session(study.session(username(), deck, null));
    }

    @GET
    @Path("{deck}/cards/{cardId}")
    public TemplateInstance reveal(@RestPath String deck, @RestPath long cardId) {
        return Templates.session(study.session(username(), deck, cardId));
    }

    @POST
    @Path("{deck}/cards/{cardId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@RestPath String deck, @RestPath long cardId, @RestForm String rating,
                          @RestForm String review) {
        study.grade(username(), deck, cardId, rating, review);
        return Response.seeOther(URI.create("/study/" + Deck.parse(deck).path())).build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
