package org.battlequiz.question;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestPath;

/** The home page listing public sets, and the page of one set its viewer may see, with its Start button. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class QuestionSetResource {
    @Inject
    QuestionSetService sets;

    @Inject
    SecurityIdentity identity;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(List<SetSummary> sets);

        static native TemplateInstance set(SetSummary set, Map<String, Object> facts);
    }

    @GET
    public TemplateInstance home() {
        return Templates.home(sets.publishedSets());
    }

    @GET
    @Path("sets/{id}")
    @Transactional
    public TemplateInstance set(@RestPath long id) {
        QuestionSet set = sets.findVisible(id, identity.isAnonymous() ? null : identity.getPrincipal().getName());
        SetSummary summary = new SetSummary(set.id, set.title, set.description,
                set.article == null ? null : set.article.title, set.questionCount());
        return Templates.set(summary, set.article == null ? Map.of() : set.article.facts);
    }
}
