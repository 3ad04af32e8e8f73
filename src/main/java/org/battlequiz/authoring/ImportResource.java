package org.battlequiz.authoring;

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
import java.util.List;
import org.battlequiz.account.Role;
import org.battlequiz.authoring.interchange.ImportedQuestion;
import org.jboss.resteasy.reactive.RestPath;

/** The preview of a pending question file, and the teacher's confirmation or cancellation of it. */
@Path("/teach/sets/{id}/import/{pending}")
@RolesAllowed({Role.TEACHER_NAME, Role.ADMIN_NAME})
@Produces(MediaType.TEXT_HTML)
public class ImportResource {
    @Inject
    ImportService imports;

    @Inject
    SetAccess access;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preview(TeacherSet set, long pending, String fileName, String format,
                                               List<ImportedQuestion> questions, int importable, int skipped,
                                               List<String> notes);
    }

    @GET
    public Response preview(@RestPath long id, @RestPath long pending) {
        return imports.preview(id, pending).map(preview -> Response.ok(Templates.preview(
                        preview.set(), pending, preview.pending().fileName,
                        preview.pending().format, preview.result().questions(), preview.result().items().size(),
                        preview.result().skipped().size(), preview.result().notes())).build())
                .orElseGet(() -> Forms.seeOther("/teach/sets/" + id));
    }

    @POST
    @Path("confirm")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response confirm(@RestPath long id, @RestPath long pending) {
        imports.confirm(id, pending);
        return Forms.seeOther("/teach/sets/" + id + "?done=imported");
    }

    @POST
    @Path("discard")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response discard(@RestPath long id, @RestPath long pending) {
        imports.discard(id, pending);
        return Forms.seeOther("/teach/sets/" + id + "?done=import-discarded");
    }
}
