package org.battlequiz.game;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.account.Role;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The host's pages: choosing the settings, the projector screen of the game, its actions and its report. */
@Path("/")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class HostResource {
    @Inject
    GameHosting hosting;

    @Inject
    GameViews views;

    @Inject
    SecurityIdentity identity;

    @Inject
    Validator validator;

    @Inject
    BattleQuizConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(SetChoice set, GameForm form, List<String> errors);

        static native TemplateInstance host(HostView game);
    }

    @GET
    @Path("sets/{setId}/games/new")
    public TemplateInstance settings(@RestPath long setId) {
        SetChoice set = hosting.choose(username(), setId);
        return Templates.settings(set, GameForm.defaults(set.playable()), List.of());
    }

    @POST
    @Path("sets/{setId}/games")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath long setId, @BeanParam GameForm form) {
        List<String> errors = validator.validate(form).stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.settings(hosting.choose(username(), setId), form, errors))
                    .build();
        }
        return seeOther("/games/" + hosting.create(username(), setId, form.settings()) + "/host");
    }

    @GET
    @Path("games/{id}/host")
    public Response host(@RestPath long id, UriInfo uri) {
        String base = config.transport().publicUrl().map(url -> url.endsWith("/") ? url : url + "/")
                .orElse(uri.getBaseUri().toString());
        return Response.ok(Templates.host(views.host(username(), id, base))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("games/{id}/report.csv")
    @Produces("text/csv")
    public Response report(@RestPath long id) {
        return Response.ok(views.reportCsv(username(), id)).type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"game-" + id + "-report.csv\"").build();
    }

    /** Start, next, close, skip, pause, resume or end; index names the question the host's page showed. */
    @POST
    @Path("games/{id}/{action:start|next|close|skip|pause|resume|end}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestPath long id, @RestPath String action, @RestForm String index) {
        hosting.act(username(), id, HostAction.valueOf(action.toUpperCase(java.util.Locale.ROOT)), number(index));
        return backToHost(id);
    }

    @POST
    @Path("games/{id}/players/{playerId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id, @RestPath long playerId) {
        hosting.removePlayer(username(), id, playerId);
        return backToHost(id);
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private String username() {
        return identity.getPrincipal().getName();
    }

    private static Response backToHost(long id) {
        return seeOther("/games/" + id + "/host");
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
