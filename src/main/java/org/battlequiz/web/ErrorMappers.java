package org.battlequiz.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.battlequiz.DatabaseOutage;
import org.battlequiz.DomainException;
import org.battlequiz.WorkTooLongException;
import org.battlequiz.article.ArticleTooLargeException;
import org.battlequiz.article.NotABattleArticleException;
import org.battlequiz.quiz.AttemptNotFoundException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure once: a JSON {"error"} body under /api, a friendly page elsewhere; never a stack trace. */
public class ErrorMappers {
    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    private static final Logger SECURITY = Logger.getLogger("org.battlequiz.security");

    /** A GET to a form's address (a bookmark, a typed URL) or a form sent to a page's. */
    private static final String NOT_ALLOWED = "This address is not opened that way: pages open from a link, "
            + "and forms are sent with their button. Go back and try again from the page.";

    @Inject
    CurrentUser viewer;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String message, boolean retry);

        static native TemplateInstance unsaved(String action, List<UnsavedFormException.PostedField> fields);
    }

    @ServerExceptionMapper
    public Response notABattleArticle(NotABattleArticleException e, UriInfo uri) {
        return respond(uri, 422, e.getMessage());
    }

    @ServerExceptionMapper
    public Response attemptNotFound(AttemptNotFoundException e, UriInfo uri) {
        return respond(uri, 404, e.getMessage());
    }

    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri, HttpServerRequest request) {
        if (e.status() == 403) {
            logForbidden(uri, request);
        }
        return respond(uri, e.status(), e.getMessage());
    }

    @ServerExceptionMapper
    public Response tooLarge(ArticleTooLargeException e, UriInfo uri) {
        return respond(uri, 413, e.getMessage());
    }

    @ServerExceptionMapper
    public Response workTooLong(WorkTooLongException e, UriInfo uri) {
        LOG.warnf("Article work refused on %s: %s", uri.getPath(), e.getMessage());
        return Response.fromResponse(respond(uri, 503, e.getMessage())).header(HttpHeaders.RETRY_AFTER, 30).build();
    }

    @ServerExceptionMapper
    public Response forbidden(io.quarkus.security.ForbiddenException e, UriInfo uri, HttpServerRequest request) {
        logForbidden(uri, request);
        return respond(uri, 403, isApi(uri) ? "Forbidden" : "Your account is not allowed to open this page.");
    }

    @ServerExceptionMapper
    public Response unsupportedMediaType(NotSupportedException e, UriInfo uri) {
        if (isApi(uri)) {
            return ApiErrors.error(415, "Unsupported content type: send the article as text/plain (UTF-8)").build();
        }
        // refused while matching the resource, before the CSRF filter issued the token the layout needs
        return Response.status(415).type("text/html;charset=UTF-8").entity(FormContentTypeFilter.PAGE).build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri, HttpServerRequest request) {
        Response original = e.getResponse();
        if (original.getStatus() == 403) {
            logForbidden(uri, request);
        }
        if (original.getStatus() < 400) {
            return original;
        }
        return respond(uri, original.getStatus(), ownMessage(e).orElse(original.getStatus() == 405 && !isApi(uri)
                ? NOT_ALLOWED : original.getStatusInfo().getReasonPhrase()));
    }

    @ServerExceptionMapper
    public Response unsaved(UnsavedFormException e, UriInfo uri) {
        LOG.warnf("Database unreachable on %s, the form was shown back: %s", uri.getPath(), e.getCause().getMessage());
        Response.ResponseBuilder answer = isApi(uri) ? ApiErrors.error(503, DatabaseOutage.MESSAGE)
                : Response.status(503).type(MediaType.TEXT_HTML_TYPE)
                        .entity(Templates.unsaved(uri.getPath(), e.fields()));
        return answer.header(HttpHeaders.RETRY_AFTER, 5).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri, HttpServerRequest request) {
        if (DatabaseOutage.causedBy(e)) {
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), e.getMessage());
            // a page asked for by GET loads itself again (a live game's screen reloading at once, for one)
            boolean retry = request.method() == io.vertx.core.http.HttpMethod.GET;
            Response page = Context.isOnEventLoopThread() && !isApi(uri) ? outageBeforeLogin(retry)
                    : respond(uri, 503, DatabaseOutage.MESSAGE, retry);
            return Response.fromResponse(page).header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error %s on %s", incident, uri.getPath());
        return respond(uri, 500, "Something went wrong on our side (incident " + incident + ").");
    }

    /**
     * The session could not be read, so the failure came before the request had an identity, on the event loop,
     * where the layout (which shows who is logged in) cannot be rendered.
     */
    private static Response outageBeforeLogin(boolean retry) {
        return Response.status(503).type("text/html;charset=UTF-8").entity(PlainPage.of("Error 503",
                "Try again in a moment", DatabaseOutage.MESSAGE,
                retry ? "<meta http-equiv=\"refresh\" content=\"5\">" : "")).build();
    }

    private void logForbidden(UriInfo uri, HttpServerRequest request) {
        String address = request.remoteAddress() == null ? "-" : request.remoteAddress().hostAddress();
        String user = viewer.isLoggedIn() ? viewer.getName() : "-";
        SECURITY.warnf("Forbidden: user=%s address=%s route=%s", user, address, uri.getPath());
    }

    private static Optional<String> ownMessage(WebApplicationException e) {
        String message = e.getMessage();
        boolean generic = message == null || message.startsWith("HTTP ");
        return generic || e.getResponse().getStatus() >= 500 ? Optional.empty()
                : Optional.of(message);
    }

    private static boolean isApi(UriInfo uri) {
        return uri.getPath().startsWith("/api/");
    }

    private static Response respond(UriInfo uri, int status, String message) {
        return respond(uri, status, message, false);
    }

    private static Response respond(UriInfo uri, int status, String message, boolean retry) {
        if (isApi(uri)) {
            return ApiErrors.error(status, message).build();
        }
        String title = Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.error(status, title, message, retry)).build();
    }
}
