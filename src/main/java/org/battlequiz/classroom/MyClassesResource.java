package org.battlequiz.classroom;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.battlequiz.classroom.ClassViews.JoinInvite;
import org.battlequiz.classroom.ClassViews.LearnerClass;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** A learner's classes with their assigned sets, joining a class by its code or its link. */
@Path("/classes")
@Produces(MediaType.TEXT_HTML)
public class MyClassesResource {
    @Inject
    ClassService classes;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance classes(List<LearnerClass> classes, String code, String notice,
                                               List<String> errors);

        static native TemplateInstance invite(JoinInvite invite);
    }

    @GET
    @Authenticated
    public Response mine(@RestQuery String done) {
        return Response.ok(Templates.classes(classes.myClasses(me()), "",
                "joined".equals(done) ? "You joined the class." : null, List.of()))
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("join")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestForm String code) {
        try {
            return ClassResource.seeOther("/classes?done=joined#class-" + classes.join(me(), code));
        } catch (ClassroomException e) {
            String kept = code == null ? "" : code.substring(0, Math.min(code.length(), 20));
            return Response.status(e.status()).entity(Templates.classes(classes.myClasses(me()), kept, null,
                    List.of(e.getMessage()))).build();
        }
    }

    /** A join link: the class and a Join button; a visitor not logged in logs in first and comes back here. */
    @GET
    @Path("join/{code}")
    public Response invite(@RestPath String code) {
        if (identity.isAnonymous()) {
            String back = "/classes/join/" + URLEncoder.encode(code, StandardCharsets.UTF_8);
            return ClassResource.seeOther("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        }
        return Response.ok(Templates.invite(classes.invite(me(), code))).build();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
