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
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Study mode: the decks with today's counts, a card's front, its answer with the grade buttons, the grade, and
 * "study more" (extra new cards today, or every card of the deck once more from now).
 */
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
    public TemplateInstance next(@RestPath String deck, @RestQuery String again) {
        return Templates.session(study.session(username(), deck, again, null));
    }

    @GET
    @Path("{deck}/cards/{cardId}")
    public TemplateInstance reveal(@RestPath String deck, @RestPath long cardId, @RestQuery String again) {
        return Templates.session(study.session(username(), deck, again, cardId));
    }

    @POST
    @Path("{deck}/cards/{cardId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response grade(@RestPath String deck, @RestPath long cardId, @RestForm String rating,
                          @RestForm String review, @RestForm String again) {
        study.grade(username(), deck, cardId, rating, review);
        Deck graded = Deck.parse(deck);
        return seeOther(again == null || again.isBlank() ? graded.path() : StudyInput.againPath(graded, again));
    }

    @POST
    @Path("{deck}/more")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response studyMore(@RestPath String deck, @RestForm String count, @RestForm String base) {
        study.studyMore(username(), deck, count, base);
        return seeOther(Deck.parse(deck).path());
    }

    @POST
    @Path("{deck}/again")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response studyAgain(@RestPath String deck) {
        return seeOther(study.studyAgain(username(), deck));
    }

    private static Response seeOther(String sessionPath) {
        return Response.seeOther(URI.create("/study/" + sessionPath)).build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
