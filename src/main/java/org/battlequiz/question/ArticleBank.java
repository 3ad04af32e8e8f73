package org.battlequiz.question;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.battlequiz.article.ParsedArticle;

/** The parsed shipped articles, whose facts serve as distractors for any other article. */
@ApplicationScoped
public class ArticleBank {
    private volatile List<ParsedArticle> articles = List.of();

    public List<ParsedArticle> articles() {
        return articles;
    }

    void replace(List<ParsedArticle> parsed) {
        articles = List.copyOf(parsed);
    }
}
