package org.battlequiz.game;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.battlequiz.BattleQuizConfig;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The players' pages: joining with the PIN, and the play page that follows the game and takes each answer. */
@Path("/play")
@Produces(MediaType.TEXT_HTML)
public class PlayResource {
    private static final int COOKIE_SECONDS = 12 * 3600;

    @Inject
    GamePlay play;

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
        static native TemplateInstance join(JoinForm form, List<String> errors);

        static native TemplateInstance play(PlayView player);
    }

    @GET
    public TemplateInstance joinForm(@RestQuery String pin) {
        return Templates.join(JoinForm.of(pin, identity.isAnonymous() ? "" : username()), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@BeanParam JoinForm form) {
        List<String> errors = validator.validate(form).stream().map(ConstraintViolation::getMessage).sorted().toList();
        if (!errors.isEmpty()) {
            return refused(form, errors);
        }
        Joined joined;
        try {
            joined = play.join(form.cleanPin(), form.nickname, identity.isAnonymous() ? null : username());
        } catch (GameException e) {
            return refused(form, List.of(e.getMessage()));
        }
        return Response.seeOther(URI.create("/play/" + joined.gameId())).cookie(cookie(joined)).build();
    }

    @GET
    @Path("{id}")
    public Response play(@RestPath long id, @RestQuery String notice, @Context HttpHeaders headers) {
        return views.play(id, token(id, headers), identity.isAnonymous() ? null : username(),
                        AnswerOutcome.fromParam(notice))
                .map(view -> Response.ok(Templates.play(view)).header("Cache-Control", "no-store").build())
                .orElseGet(() -> Response.seeOther(URI.create("/play")).build());
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@RestPath long id, MultivaluedMap<String, String> form, @Context HttpHeaders headers) {
        int index = index(form.getFirst("index"));
        AnswerOutcome outcome = play.answer(id, token(id, headers), identity.isAnonymous() ? null : username(),
                index, form);
        return Response.seeOther(URI.create("/play/" + id + "?notice=" + outcome.param())).build();
    }

    private static int index(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException | NullPointerException e) {
            return -1;
        }
    }

    private Response refused(JoinForm form, List<String> errors) {
        return Response.status(422).entity(Templates.join(form, errors)).build();
    }

    private NewCookie cookie(Joined joined) {
        return new NewCookie.Builder(Joined.cookieName(joined.gameId())).value(joined.token()).path("/")
                .httpOnly(true).secure(config.session().cookieSecure()).sameSite(NewCookie.SameSite.LAX)
                .maxAge(COOKIE_SECONDS).build();
    }

    private static String token(long gameId, HttpHeaders headers) {
        var cookie = headers.getCookies().get(Joined.cookieName(gameId));
        return cookie == null ? null : cookie.getValue();
    }

    private String username() {
        return identity.getPrincipal().getName();
    }
}
