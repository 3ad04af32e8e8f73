package org.battlequiz.article;

import java.util.ArrayList;
import java.util.List;

/** Reads a battle article (plain-text export or infobox wikitext) into facts. Plain Java, thread-safe. */
public final class ArticleParser {

    /**
     * @throws NotABattleArticleException when the text is not a battle article; its message names what was expected
     */
    public ParsedArticle parse(String text) {
        InputGuard.check(text);
        if (WikitextReader.detect(text)) {
            return WikitextReader.read(text, text.split("\n", -1));
        }
        List<TextLine> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                lines.add(TextLine.of(number++, text.substring(start, i)));
                start = i + 1;
            }
        }
        return ExportReader.read(lines);
    }
}
