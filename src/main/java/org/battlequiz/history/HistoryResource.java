package org.battlequiz.history;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The learner's own score history, newest attempt first. Read-only. */
@Path("/history")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class HistoryResource {
    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance history(List<HistoryRow> attempts);
    }

    @GET
    public TemplateInstance history() {
        return Templates.history(attemptsOf(identity.getPrincipal().getName()));
    }

    static List<HistoryRow> attemptsOf(String username) {
        return Panache.getEntityManager().createQuery("""
                select new org.battlequiz.history.HistoryRow(a.id, s.id, s.title, s.status, a.startedAt, a.submittedAt,
                    a.state, a.score, a.maxScore)
                from Attempt a join a.questionSet s join a.user u
                where u.username = :username
                order by a.startedAt desc, a.id desc""", HistoryRow.class)
                .setParameter("username", username)
                .getResultList();
    }
}
