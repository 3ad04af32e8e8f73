package org.battlequiz.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestPath;

/** Admins list the accounts and disable or enable one; disabling ends its sessions at once. */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminUsersResource {
    @Inject
    AccountService accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users);
    }

    @GET
    public TemplateInstance users() {
        return Templates.users(accounts.allUsers());
    }

    @POST
    @Path("{id}/disable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response disable(@RestPath long id) {
        accounts.setDisabled(id, true);
        return Response.seeOther(URI.create("/admin/users")).build();
    }

    @POST
    @Path("{id}/enable")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@RestPath long id) {
        accounts.setDisabled(id, false);
        return Response.seeOther(URI.create("/admin/users")).build();
    }
}
