package org.battlequiz.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.question.QuestionSet;

/** An uploaded question file awaiting the teacher's confirmation; nothing of it is an item until then. */
@Entity
@Table(name = "pending_import")
public class PendingImport extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet questionSet;

    public String format;

    @Column(name = "file_name")
    public String fileName;

    public String content;

    @Column(name = "created_at")
    public OffsetDateTime createdAt = OffsetDateTime.now();
}
