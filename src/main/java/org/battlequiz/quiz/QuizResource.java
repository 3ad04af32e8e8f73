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
import java.util.Map;
import org.battlequiz.web.DatabaseRetry;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Taking a quiz: start (or resume) an attempt, page through it saving each page's answers (or save them from the
 * page script), submit once, see the result. Posts to a closed attempt land on its result and change nothing.
 */
@Path("/")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QuizResource {
    @Inject
    AttemptService attempts;

    @Inject
    RetryService retries;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance take(TakeView quiz);

        static native TemplateInstance result(ResultView result);

        static native TemplateInstance summary(SummaryView summary);
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
    public Response take(@RestPath long id, @RestQuery Integer page, @RestQuery String notice) {
        return attempts.openView(username(), id, page, QuizNotice.text(notice))
                .map(view -> Response.ok(Templates.take(view)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> seeOther(resultPath(id, null)));
    }

    /**
     * Back, Next, a question number, Check, a flag, "save for later" or Finish, without script: save, then show the
     * page asked (Finish: the summary before submitting).
     */
    @POST
    @Path("attempts/{id}/page")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response page(@RestPath long id, MultivaluedMap<String, String> form) {
        return DatabaseRetry.once(form, () -> saveAndMove(id, form));
    }

    private Response saveAndMove(long id, MultivaluedMap<String, String> form) {
        Integer target = number(form.getFirst("go"));
        Integer page = target != null ? target : number(form.getFirst("page"));
        Integer check = number(form.getFirst("check"));
        SaveOutcome outcome = attempts.save(username(), id, form, page, check == null ? null : check.longValue());
        Long flag = questionId(form.getFirst("flag"));
        Long flagged = flag != null ? flag : questionId(form.getFirst("unflag"));
        if (outcome != SaveOutcome.CLOSED && flagged != null) {
            SaveOutcome flagging = attempts.flag(username(), id, flagged, flag != null);
            outcome = flagging == SaveOutcome.SAVED ? outcome : flagging;
        }
        if (outcome == SaveOutcome.CLOSED) {
            return seeOther(resultPath(id, QuizNotice.CLOSED));
        }
        if (form.containsKey("finish")) {
            return seeOther("/attempts/" + id + "/summary");
        }
        QuizNotice notice = outcome == SaveOutcome.STALE ? QuizNotice.STALE
                : form.containsKey("later") ? QuizNotice.SAVED : null;
        return seeOther("/attempts/" + id + "?page=" + (page == null ? 1 : page)
                + (notice == null ? "" : "&notice=" + notice.param()) + (flagged == null ? "" : "#flag-" + flagged));
    }

    /** What is answered, unanswered and flagged, before the learner submits or goes back to the questions. */
    @GET
    @Path("attempts/{id}/summary")
    public Response summary(@RestPath long id) {
        return attempts.summary(username(), id)
                .map(view -> Response.ok(Templates.summary(view)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> seeOther(resultPath(id, null)));
    }

    /** "Retry the ones I got wrong": a practice attempt of those questions, or the result saying why not. */
    @POST
    @Path("attempts/{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@RestPath long id) {
        try {
            return seeOther("/attempts/" + retries.retryWrong(username(), id));
        } catch (RetryRefusedException e) {
            return seeOther(resultPath(id, e.notice()));
        }
    }

    /** The page script's autosave: 204 when saved, 409 with the result's address when the attempt is closed. */
    @POST
    @Path("attempts/{id}/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    public Response autosave(@RestPath long id, MultivaluedMap<String, String> form) {
        SaveOutcome outcome = attempts.save(username(), id, form, number(form.getFirst("page")), null);
        return switch (outcome) {
            case SAVED -> Response.noContent().build();
            case STALE -> Response.ok(Map.of("saved", true, "message", QuizNotice.text("stale"))).build();
            case CLOSED -> Response.status(409).entity(Map.of("saved", false,
                    "result", resultPath(id, QuizNotice.CLOSED), "message", QuizNotice.text("closed"))).build();
        };
    }

    @POST
    @Path("attempts/{id}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@RestPath long id, MultivaluedMap<String, String> form) {
        SaveOutcome outcome = DatabaseRetry.once(form, () -> attempts.submit(username(), id, form));
        return seeOther(resultPath(id, outcome == SaveOutcome.CLOSED ? QuizNotice.CLOSED : null));
    }

    @GET
    @Path("attempts/{id}/result")
    public Response result(@RestPath long id, @RestQuery String notice) {
        return attempts.result(username(), id, QuizNotice.text(notice))
                .map(view -> Response.ok(Templates.result(view)).build())
                .orElseGet(() -> seeOther("/attempts/" + id));
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    private static Integer number(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long questionId(String text) {
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String resultPath(long id, QuizNotice notice) {
        return "/attempts/" + id + "/result" + (notice == null ? "" : "?notice=" + notice.param());
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
