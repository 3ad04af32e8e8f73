package org.battlequiz.classroom;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.battlequiz.account.Role;
import org.battlequiz.classroom.ClassViews.AssignPage;
import org.battlequiz.question.PublishedCatalog;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Assigning one of the teacher's sets to classes with its dates, and making it public or not. */
@Path("/teach")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class AssignResource {
    @Inject
    AssignmentService assignments;

    @Inject
    SecurityIdentity identity;

    @Inject
    PublishedCatalog catalog;

    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance assign(AssignPage page, String opensAt, String dueAt, String closesAt,
                                              String notice, List<String> errors);
    }

    /** The form starts open now, due in a week and closing a day later. */
    @GET
    @Path("sets/{id}/assign")
    public TemplateInstance form(@RestPath long id, @RestQuery String done) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        return Templates.assign(assignments.page(me(), id, Set.of()), DateInput.field(now),
                DateInput.field(now.plus(7, ChronoUnit.DAYS)), DateInput.field(now.plus(8, ChronoUnit.DAYS)),
                notice(done), List.of());
    }

    @POST
    @Path("sets/{id}/assignments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath long id, @BeanParam AssignmentForm form) {
        List<String> errors = validator.validate(form).stream().map(v -> v.getMessage()).sorted().toList();
        if (errors.isEmpty()) {
            try {
                assignments.assign(me(), id, form);
                return ClassResource.seeOther("/teach/sets/" + id + "/assign?done=assigned");
            } catch (InvalidFormException e) {
                errors = e.errors();
            }
        }
        Set<Long> chosen = form.classIds().stream().filter(s -> s.strip().matches("\\d{1,18}"))
                .map(s -> Long.valueOf(s.strip())).collect(Collectors.toSet());
        return Response.status(422).entity(Templates.assign(assignments.page(me(), id, chosen),
                kept(form.opensAt), kept(form.dueAt), kept(form.closesAt), null, errors)).build();
    }

    @POST
    @Path("sets/{id}/visibility")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response visibility(@RestPath long id, @RestForm String listed) {
        boolean makePublic = "public".equals(listed);
        assignments.makePublic(me(), id, makePublic);
        catalog.changedHere();
        return ClassResource.seeOther("/teach/sets/" + id + "/assign?done=" + (makePublic ? "public" : "private"));
    }

    private static String kept(String field) {
        return field == null ? "" : field.substring(0, Math.min(field.length(), 25));
    }

    private String me() {
        return identity.getPrincipal().getName();
    }

    private static String notice(String done) {
        return done == null ? null : switch (done) {
            case "assigned" -> "Assigned. The class's learners find the set under My classes.";
            case "public" -> "The set is public: everyone finds it on the home page.";
            case "private" -> "The set is no longer listed publicly.";
            default -> null;
        };
    }
}
