package org.battlequiz.account;

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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/** Changing one's password, which ends every session of the account. */
@Path("/account/password")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class PasswordResource {
    @Inject
    AccountService accounts;

    @Inject
    SessionCookies cookies;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(List<String> errors);
    }

    @GET
    public TemplateInstance form() {
        return Templates.form(List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@RestForm String current, @RestForm String password) {
        List<String> errors = accounts.changePassword(identity.getAttribute(SessionIdentityProvider.USER_ID),
                current, password);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.form(errors)).build();
        }
        return Response.seeOther(URI.create("/login?changed=true")).cookie(cookies.clear()).build();
    }
}
