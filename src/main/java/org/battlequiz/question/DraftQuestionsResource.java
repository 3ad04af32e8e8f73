package org.battlequiz.question;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.battlequiz.BattleQuizConfig;
import org.battlequiz.BoundedWork;
import org.battlequiz.article.ArticleService;
import org.battlequiz.article.ArticleText;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.QuestionGenerator;
import org.battlequiz.generation.QuestionJson;

/** POST /api/questions: the items the generator makes for a pasted article. Public, nothing stored. */
@Path("/api/questions")
public class DraftQuestionsResource {
    @Inject
    ArticleService articles;

    @Inject
    ArticleBank bank;

    @Inject
    BattleQuizConfig config;

    @Inject
    BoundedWork bounded;

    private final QuestionGenerator generator = new QuestionGenerator();

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> questions(byte[] body, HttpHeaders headers) {
        String text = ArticleText.fromBody(body, charsetOf(headers), config.api().maxBodyBytes());
        GenerationResult result = bounded.call(() -> generator.generate(articles.parse(text), bank.articles(),
                ArticleService.stableSeed(text)));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("title", result.title());
        json.put("questions", result.questions().stream().map(QuestionJson::toJson).toList());
        json.put("dropped", result.dropped());
        return json;
    }

    private static String charsetOf(HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        return type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
    }
}
