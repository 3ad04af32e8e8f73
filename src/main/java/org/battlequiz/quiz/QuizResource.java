package org.battlequiz.quiz;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestPath;

/** Taking a quiz: start (or resume) an attempt, answer on one page, submit once, see the result. */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QuizResource {
    @Inject
    AttemptService attempts;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance take(TakeView quiz);

        static native TemplateInstance result(ResultView result);
    }

    @POST
    @Path("sets/{setId}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@RestPath long setId) {
        return seeOther("/attempts/" + attempts.start(username(), setId));
    }

    /** Where an anonymous visitor's "Log in to start" lands after logging in: back to the set's page. */
    @GET
    @Path("sets/{setId}/attempts")
    public Response afterLogin(@RestPath long setId) {
        return seeOther("/sets/" + setId);
    }

    @GET
    @Path("attempts/{id}")
    public Response take(@RestPath long id) {
        if (!attempts.owned(username(), id).isOpen()) {
            return seeOther(resultPath(id));
        }
        return Response.ok(Templates.take(attempts.takeView(username(), id))).build();
    }

    @POST
    @Path("attempts/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath long id, MultivaluedMap<String, String> form) {
        attempts.submit(username(), id, form);
        return seeOther(resultPath(id));
    }

    @GET
    @Path("attempts/{id}/result")
    public Response result(@RestPath long id) {
        if (attempts.owned(username(), id).isOpen()) {
            return seeOther("/attempts/" + id);
        }
        return Response.ok(Templates.result(attempts.result(username(), id))).build();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    private static String resultPath(long id) {
        return "/attempts/" + id + "/result";
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
