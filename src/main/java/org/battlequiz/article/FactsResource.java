package org.battlequiz.article;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.BoundedWork;

/** POST /api/facts: the facts of a pasted article, in the shape of the fact evaluation. Public, nothing stored. */
@Path("/api/facts")
public class FactsResource {
    @Inject
    ArticleService articles;

    @Inject
    BattleQuizConfig config;

    @Inject
    BoundedWork bounded;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> facts(byte[] body, HttpHeaders headers) {
        String text = ArticleText.fromBody(body, charsetOf(headers), config.api().maxBodyBytes());
        return bounded.call(() -> articles.facts(text));
    }

    private static String charsetOf(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    }
}
