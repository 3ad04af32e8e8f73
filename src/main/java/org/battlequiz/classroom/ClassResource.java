package org.battlequiz.classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import org.battlequiz.classroom.ClassViews.ClassPage;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A teacher's classes: a new class, its page with code and members, extra time and later due dates. */
@Path("/teach/classes")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ClassResource {
    @Inject
    ClassService classes;

    @Inject
    SecurityIdentity identity;

    @Inject
    UriInfo uri;

    @Inject
    BattleQuizConfig config;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance newClass(String name, int maxName, List<String> errors);

        static native TemplateInstance page(ClassPage page, String notice, List<String> errors);
    }

    @GET
    @Path("new")
    public TemplateInstance newClassForm() {
        return Templates.newClass("", config.classes().maxNameChars(), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name) {
        try {
            return seeOther("/teach/classes/" + classes.create(me(), name) + "?done=created");
        } catch (InvalidFormException e) {
            String kept = name == null ? "" : name.substring(0, Math.min(name.length(), 500));
            return Response.status(422).entity(Templates.newClass(kept, config.classes().maxNameChars(),
                    e.errors())).build();
        }
    }

    @GET
    @Path("{id}")
    public TemplateInstance page(@RestPath long id, @RestQuery String done) {
        return Templates.page(classes.page(me(), id, joinLinkBase()), notice(done), List.of());
    }

    @POST
    @Path("{id}/members/{member}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeMember(@RestPath long id, @RestPath long member) {
        classes.removeMember(me(), id, member);
        return seeOther("/teach/classes/" + id + "?done=removed#members");
    }

    @POST
    @Path("{id}/members/{member}/extra-time")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extraTime(@RestPath long id, @RestPath long member, @RestForm String percent,
                              @RestForm String minutes) {
        try {
            classes.setExtraTime(me(), id, member, percent, minutes);
        } catch (InvalidFormException e) {
            return refused(id, e);
        }
        return seeOther("/teach/classes/" + id + "?done=extra-time#members");
    }

    @POST
    @Path("{id}/assignments/{assignment}/extension")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response extension(@RestPath long id, @RestPath long assignment, @RestForm String member,
                              @RestForm String dueAt) {
        try {
            classes.extendDue(me(), id, assignment, member, dueAt);
        } catch (InvalidFormException e) {
            return refused(id, e);
        }
        return seeOther("/teach/classes/" + id + "?done=extension#assignments");
    }

    private Response refused(long id, InvalidFormException e) {
        return Response.status(422).entity(Templates.page(classes.page(me(), id, joinLinkBase()), null,
                e.errors())).build();
    }

    private String joinLinkBase() {
        return uri.getBaseUriBuilder().path("classes").path("join").build() + "/";
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "created" -> "Class created. Share its code or join link with your learners.";
            case "removed" -> "The learner is no longer in the class.";
            case "extra-time" -> "Extra time saved.";
            case "extension" -> "Due date saved.";
            default -> null;
        };
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
