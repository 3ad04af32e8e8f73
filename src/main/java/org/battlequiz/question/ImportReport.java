package org.battlequiz.question;

import java.util.List;
import org.battlequiz.article.ParsedArticle;

/** What one import of the questions folder did: sets (re)generated, sets left alone, files skipped; and what it read. */
public record ImportReport(int generated, int unchanged, int skipped, List<ParsedArticle> articles) {
}
