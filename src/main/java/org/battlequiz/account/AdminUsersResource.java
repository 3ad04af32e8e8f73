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
import io.quarkus.security.identity.SecurityIdentity;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Admins list the accounts and disable or enable one (disabling ends its sessions at once), decide requests to
 * teach and issue teacher invite codes.
 */
@Path("/admin/users")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminUsersResource {
    @Inject
    AccountService accounts;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<User> users, List<TeacherRequest> requests,
                                             List<TeacherInvite> invites, String notice, List<String> errors);
    }

    @Inject
    SecurityIdentity identity;

    @GET
    public TemplateInstance users(@RestQuery String done) {
        return page(notice(done), List.of());
    }

    private TemplateInstance page(String notice, List<String> errors) {
        return Templates.users(accounts.allUsers(), accounts.pendingTeacherRequests(), accounts.recentInvites(),
                notice, errors);
    }

    @POST
    @Path("requests/{id}/{decision:approve|decline}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long id, @RestPath String decision) {
        try {
            accounts.decideTeacherRequest(id, "approve".equals(decision), adminId());
        } catch (AccountException e) {
            return Response.status(409).entity(page(null, List.of(e.getMessage()))).build();
        }
        return Response.seeOther(URI.create("/admin/users?done=" + decision)).build();
    }

    @POST
    @Path("invites")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite() {
        accounts.issueInvite(adminId());
        return Response.seeOther(URI.create("/admin/users?done=invite#invites")).build();
    }

    private long adminId() {
        return identity.<Long>getAttribute(SessionIdentityProvider.USER_ID);
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "approve" -> "Approved: the account can now teach.";
            case "decline" -> "Declined: the account stays a learner's.";
            case "invite" -> "A new invite code is listed below.";
            default -> null;
        };
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
