package org.battlequiz.authoring;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.battlequiz.account.Role;
import org.battlequiz.authoring.interchange.ExportResult;
import org.battlequiz.authoring.interchange.Format;
import org.battlequiz.authoring.interchange.Interchange;
import org.battlequiz.authoring.interchange.SetInfo;
import org.battlequiz.question.Question;
import org.battlequiz.question.QuestionSet;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Downloads a set as Moodle XML, GIFT or CSV: its owner always, any teacher once it is published. */
@Path("/")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
public class ExportResource {
    @Inject
    SetAccess access;

    @GET
    @Path("sets/{id}/export")
    @Transactional
    public Response export(@RestPath long id, @RestQuery String format) {
        Format chosen;
        try {
            chosen = Format.fromParam(format == null ? "" : format);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        QuestionSet set = access.exportable(id);
        ExportResult result = Interchange.export(chosen, new SetInfo(set.title, set.description),
                Question.listInSet(set).stream().map(Question::content).toList());
        String filename = "set-" + set.id + "-" + slug(set.title) + "." + chosen.fileExtension();
        Response.ResponseBuilder response = Response.ok(result.text().getBytes(StandardCharsets.UTF_8))
                .type(chosen.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .header("X-Skipped-Items", result.skipped().size());
        return response.build();
    }

    static String slug(String title) {
        String slug = title == null ? "" : title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "questions" : slug.substring(0, Math.min(60, slug.length()));
    }
}
