package org.battlequiz.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a request body into article text, refusing what cannot be one: too large, binary, empty or an HTML page. */
public final class ArticleText {
    private static final String EXPECTED = "expected a battle article in the plain-text export format "
            + "(the title, then infobox lines such as Date, Location, Result, Belligerents, Commanders and leaders)";

    private ArticleText() {
    }

    public static String fromBody(byte[] body, int maxBytes) {
        if (body != null && body.length > maxBytes) {
            throw new ArticleTooLargeException(maxBytes);
        }
        if (body == null || body.length == 0) {
            throw new NotABattleArticleException("The body is empty: " + EXPECTED);
        }
        String text = utf8(body);
        if (text.isBlank()) {
            throw new NotABattleArticleException("The body is blank: " + EXPECTED);
        }
        if (text.indexOf('\0') >= 0) {
            throw new NotABattleArticleException("The body is binary data: " + EXPECTED);
        }
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw new NotABattleArticleException("The body is an HTML page: " + EXPECTED);
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new NotABattleArticleException("The body is not UTF-8 text: " + EXPECTED);
        }
    }
}
