package org.battlequiz.history;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.battlequiz.account.Role;
import org.battlequiz.authoring.ReviewTally;
import org.battlequiz.authoring.SetAccess;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.jboss.resteasy.reactive.RestPath;

/** Class results of a set, for its owner: learners' attempts, item statistics and flags, and their CSV. */
@Path("/teach")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ClassResultsResource {
    @Inject
    SetAccess access;

    @Inject
    ClassResultsService service;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance results(ClassResults results);
    }

    @GET
    @Path("sets/{id}/results")
    @Produces(MediaType.TEXT_HTML)
    @Transactional
    public TemplateInstance results(@RestPath long id) {
        return Templates.results(service.results(access.editable(id)));
    }

    @GET
    @Path("sets/{id}/results.csv")
    @Transactional
    public Response csv(@RestPath long id) {
        QuestionSet set = access.editable(id);
        Map<String, int[]> review = new LinkedHashMap<>();
        for (ReviewTally tally : ReviewTally.perVersion(Question.list("questionSet", set))) {
            review.put(tally.generatorVersion(), new int[] {tally.items(), tally.pending(), tally.accepted(),
                    tally.edited(), tally.rejected()});
        }
        String csv = ResultsCsv.write(service.results(set), review);
        return Response.ok(csv.getBytes(StandardCharsets.UTF_8)).type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"set-" + id + "-results.csv\"").build();
    }
}
