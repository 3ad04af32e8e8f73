package org.battlequiz.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;
import org.battlequiz.article.Article;
import org.battlequiz.article.FactCorrection;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One correction a teacher made to an article's facts: who, when, the correction, the value before and after. */
@Entity
@Table(name = "fact_revision")
public class FactRevision extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public Article article;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    public User author;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @JdbcTypeCode(SqlTypes.JSON)
    public FactCorrection correction;

    public String fact;

    @Column(name = "before_value")
    public String before;

    @Column(name = "after_value")
    public String after;

    /** The article's corrections, oldest first, as they are replayed. */
    public static List<FactRevision> listFor(Article article) {
        return list("article = ?1 order by id", article);
    }
}
