package org.battlequiz.authoring;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.account.Role;
import org.battlequiz.article.FactCorrection.Action;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The facts read from a set's article: the teacher corrects them (move, fix, remove, add, confirm) and regenerates. */
@Path("/teach/sets/{id}/facts")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class FactCorrectionResource {
    @Inject
    FactsService facts;

    @Inject
    Validator validator;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance facts(FactsPage page, String notice, List<String> errors);
    }

    @GET
    public TemplateInstance page(@RestPath long id, @RestQuery String done, @RestQuery Integer added,
                                 @RestQuery Integer kept, @RestQuery Integer flagged, @RestQuery Integer removed) {
        return Templates.facts(facts.page(id), notice(done, added, kept, flagged, removed), List.of());
    }

    /** A correction: move, fix, remove, add or confirm one fact, then back to the page at that fact. */
    @POST
    @Path("{action: move|fix|remove|add|confirm}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@RestPath long id, @RestPath String action, @BeanParam FactForm form) {
        Action chosen = Action.valueOf(action.toUpperCase(java.util.Locale.ROOT));
        List<String> errors = new ArrayList<>();
        validator.validate(form).forEach(v -> errors.add(v.getMessage()));
        if (!errors.isEmpty()) {
            return refused(id, errors);
        }
        try {
            return Forms.seeOther("/teach/sets/" + id + "/facts?done=" + action + "#" + facts.correct(id, chosen, form));
        } catch (FactCorrectionException e) {
            return refused(id, e.problems());
        }
    }

    @POST
    @Path("regenerate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response regenerate(@RestPath long id) {
        try {
            FactsService.Regenerated r = facts.regenerate(id);
            return Forms.seeOther("/teach/sets/" + id + "/facts?done=regenerated&added=" + r.added() + "&kept="
                    + r.kept() + "&flagged=" + r.flagged() + "&removed=" + r.removed() + "#regenerate");
        } catch (FactCorrectionException e) {
            return refused(id, e.problems());
        }
    }

    private Response refused(long id, List<String> errors) {
        return Response.status(422).entity(Templates.facts(facts.page(id), null, errors)).build();
    }

    private static String notice(String done, Integer added, Integer kept, Integer flagged, Integer removed) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "move" -> "Moved to the other side. Regenerate the items when your corrections are done.";
            case "fix" -> "Corrected. Regenerate the items when your corrections are done.";
            case "remove" -> "Removed. Regenerate the items when your corrections are done.";
            case "add" -> "Added. Regenerate the items when your corrections are done.";
            case "confirm" -> "Marked as checked.";
            case "regenerated" -> "Items regenerated from the corrected facts: " + count(added, "new item")
                    + " pending review, " + count(kept, "item") + " kept, " + count(flagged, "item")
                    + " flagged for review, " + count(removed, "unreviewed item") + " replaced.";
            default -> null;
        };
    }

    private static String count(Integer n, String noun) {
        int value = n == null ? 0 : Math.max(0, n);
        return value + " " + noun + (value == 1 ? "" : "s");
    }
}
