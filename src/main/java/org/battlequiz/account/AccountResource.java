package org.battlequiz.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

/** Registration, login (back to the page that asked for it) and logout. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountResource {
    @Inject
    AccountService accounts;

    @Inject
    SessionCookies cookies;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance register(String username, String role, List<String> errors);

        static native TemplateInstance login(boolean failed, boolean registered, boolean awaiting, boolean changed,
                                             long waitSeconds, String next);

        static native TemplateInstance logout();
    }

    @GET
    @Path("register")
    public TemplateInstance registerForm() {
        return Templates.register("", Role.LEARNER_NAME, List.of());
    }

    @POST
    @Path("register")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response register(@RestForm String username, @RestForm String password, @RestForm String role,
                             @RestForm String invite, HttpServerRequest request) {
        AccountService.Registration registration;
        try {
            registration = accounts.register(username, password, role, invite, ClientAddress.of(request));
        } catch (TooManyAttemptsException e) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, e.seconds())
                    .entity(Templates.register(username == null ? "" : username, role, List.of(e.getMessage())))
                    .build();
        }
        if (!registration.errors().isEmpty()) {
            return Response.status(422).entity(Templates.register(username == null ? "" : username, role,
                    registration.errors())).build();
        }
        return Response.seeOther(URI.create("/login?registered=true"
                + (registration.awaitingApproval() ? "&awaiting=true" : ""))).build();
    }

    @GET
    @Path("login")
    public Response loginForm(@RestQuery boolean error, @RestQuery boolean registered, @RestQuery boolean awaiting,
                              @RestQuery boolean changed, @RestQuery String next) {
        Optional<String> back = ReturnPath.of(next);
        if (!identity.isAnonymous()) {
            return Response.seeOther(URI.create(back.orElse("/"))).build();
        }
        return Response.ok(Templates.login(error, registered, awaiting, changed, 0, back.orElse(null))).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response login(@RestForm("j_username") String username, @RestForm("j_password") String password,
                          @RestForm String next, HttpServerRequest request) {
        Optional<String> back = ReturnPath.of(next);
        LoginResult result = accounts.login(username, password, ClientAddress.of(request));
        if (result.throttled()) {
            long seconds = AccountService.seconds(result.retryAfter());
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds)
                    .entity(Templates.login(false, false, false, false, seconds, back.orElse(null))).build();
        }
        if (result.token().isEmpty()) {
            return Response.status(302).location(URI.create("/login?error=true"
                    + back.map(path -> "&next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).orElse(""))).build();
        }
        return Response.status(302).location(URI.create(back.orElseGet(() -> accounts.landing(username))))
                .cookie(cookies.issue(result.token().get())).build();
    }

    /** reached from pages that could not hold the logout form (an unknown address) */
    @GET
    @Path("logout")
    public Response logoutForm() {
        if (identity.isAnonymous()) {
            return Response.seeOther(URI.create("/")).build();
        }
        return Response.ok(Templates.logout()).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout() {
        if (!identity.isAnonymous()) {
            accounts.logout(identity.getAttribute(SessionIdentityProvider.USER_ID));
        }
        return Response.seeOther(URI.create("/")).cookie(cookies.clear()).build();
    }
}
