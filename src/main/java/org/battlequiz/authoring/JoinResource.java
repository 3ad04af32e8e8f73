package org.battlequiz.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.battlequiz.question.QuestionSet;
import org.battlequiz.question.SetAudience;
import org.battlequiz.question.SetStatus;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Joining a published set by the short code a teacher shares, typed in or as a link. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JoinResource {

    @Inject
    SetAudience audience;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance join(String code, List<String> errors);
    }

    @GET
    @Path("join")
    public TemplateInstance form() {
        return Templates.join("", List.of());
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Response join(@RestForm String code) {
        return open(code);
    }

    @GET
    @Path("join/{code}")
    @Transactional
    public Response joinLink(@RestPath String code) {
        return open(code);
    }

    /** A set assigned to classes answers its code only to those who may see it; to others it does not exist. */
    private Response open(String typed) {
        Optional<String> code = JoinCodes.normalize(typed);
        if (code.isEmpty()) {
            return refuse(typed, 422, "A join code has 6 letters and digits, such as K7PX3M.");
        }
        QuestionSet set = QuestionSet.<QuestionSet>find("joinCode", code.get()).firstResult();
        if (set == null || set.status == SetStatus.DRAFT || set.status == SetStatus.ARCHIVED
                || !audience.maySee(set, identity.isAnonymous() ? null : identity.getPrincipal().getName())) {
            return refuse(typed, 404, "No quiz has the code " + code.get() + ". Check it with your teacher.");
        }
        if (set.status == SetStatus.CLOSED) {
            return refuse(typed, 410, "The quiz " + set.title + " is closed.");
        }
        return Forms.seeOther("/sets/" + set.id);
    }

    private static Response refuse(String typed, int status, String message) {
        String shown = typed == null ? "" : typed.substring(0, Math.min(20, typed.length()));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.join(shown, List.of(message))).build();
    }
}
