package org.battlequiz.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.account.User;
import org.battlequiz.article.Article;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A curated bank of questions; owner null means the system owns it (sets shipped in questions/). */
@Entity
@Table(name = "question_set")
public class QuestionSet extends IdentifiedEntity {
    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public SetStatus status = SetStatus.DRAFT;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_id")
    public User owner;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "article_id")
    public Article article;

    /** For generated sets: hash of the article text and the generated items, to notice either changing. */
    @Column(name = "source_hash")
    public String sourceHash;

    @Column(name = "join_code")
    public String joinCode;

    @Column(name = "generator_version")
    public String generatorVersion;

    /** Set options (questions per attempt, shuffling, time limit, feedback timing...); open shape until authoring fixes it. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> options = new HashMap<>();

    /** Bumped by the database on every change to the set's questions; see {@link PlayableQuestions}. */
    @Column(name = "questions_version", insertable = false, updatable = false)
    public long questionsVersion;

    @Column(name = "created_at")
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at")
    public Instant updatedAt = Instant.now();

    @Version
    public int version;

    /** A teacher's set listed on the home page for everyone; shipped sets are public whatever this says. */
    @Column(name = "listed_publicly")
    public boolean listedPublicly;

    public static List<QuestionSet> listPublished() {
        return list("status = ?1 order by title", SetStatus.PUBLISHED);
    }

    public static Optional<QuestionSet> findPublishedSystemSet(Article article) {
        return find("article = ?1 and owner is null and status = ?2", article, SetStatus.PUBLISHED)
                .firstResultOptional();
    }

    /** Shipped, or made public by its teacher: listed on the home page. */
    public boolean isPublic() {
        return owner == null || listedPublicly;
    }

    public boolean isPublished() {
        return status == SetStatus.PUBLISHED;
    }

    /** The items a quiz can draw: the accepted ones. */
    public long questionCount() {
        return Question.countAccepted(this);
    }
}
