package org.battlequiz.article;

/** Reads a battle article (plain-text export or infobox wikitext) into facts. Plain Java, thread-safe. */
public final class ArticleParser {

    /**
     * @throws NotABattleArticleException when the text is not a battle article; its message names what was expected
     */
    public ParsedArticle parse(String text) {
        throw new UnsupportedOperationException("ArticleParser is being written on the parser branch");
    }
}
