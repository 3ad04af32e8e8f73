package org.battlequiz.article;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a request body into article text, refusing what cannot be one: too large, binary, empty or an HTML page. */
public final class ArticleText {
    private static final String EXPECTED = "expected a battle article in the plain-text export format "
            + "(the title, then infobox lines such as Date, Location, Result, Belligerents, Commanders and leaders)";

    private ArticleText() {
    }

    /** @param charset the charset the client declared, or null for UTF-8 */
    public static String fromBody(byte[] body, String charset, int maxBytes) {
        if (body != null && body.length > maxBytes) {
            throw new ArticleTooLargeException(maxBytes);
        }
        if (body == null || body.length == 0) {
            throw new NotABattleArticleException("The body is empty: " + EXPECTED);
        }
        String text = decode(body, charsetOrUtf8(charset));
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

    private static Charset charsetOrUtf8(String name) {
        try {
            return name == null || name.isBlank() ? StandardCharsets.UTF_8 : Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static String decode(byte[] body, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new NotABattleArticleException("The body is not " + charset.name() + " text: " + EXPECTED);
        }
    }
}
