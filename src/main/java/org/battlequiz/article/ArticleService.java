package org.battlequiz.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Parses article text and keeps articles, keyed by slug, with the hash of the text they were read from. */
@ApplicationScoped
public class ArticleService {
    private final ArticleParser parser = new ArticleParser();

    /** @throws NotABattleArticleException when the text is not a battle article */
    public ParsedArticle parse(String text) {
        if (text == null || text.isBlank()) {
            throw new NotABattleArticleException(
                    "The text is empty: expected a battle article in the plain-text export format");
        }
        return parser.parse(text);
    }

    public Map<String, Object> facts(String text) {
        return FactsJson.toJson(parse(text));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Article store(String slug, String text, ParsedArticle parsed) {
        Article article = Article.findBySlug(slug).orElseGet(Article::new);
        article.slug = slug;
        article.setContent(parsed, text, contentHash(text));
        article.persist();
        return article;
    }

    public static String contentHash(String text) {
        return HexFormat.of().formatHex(sha256(text));
    }

    /** A stable number derived from a text, e.g. a generator seed from a slug. */
    public static long stableSeed(String text) {
        byte[] digest = sha256(text);
        long seed = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            seed = (seed << 8) | (digest[i] & 0xff);
        }
        return seed;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
