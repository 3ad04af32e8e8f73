package org.battlequiz.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored battle article: its text as pasted, a hash of that text and the facts read from it. */
@Entity
public class Article extends IdentifiedEntity {
    public String slug;

    public String title;

    @Column(name = "source_text")
    public String sourceText;

    @Column(name = "content_hash")
    public String contentHash;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> facts;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    public static Optional<Article> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public void setContent(ParsedArticle parsed, String text, String hash) {
        title = parsed.title();
        sourceText = text;
        contentHash = hash;
        facts = FactsJson.toJson(parsed);
        updatedAt = Instant.now();
    }
}
