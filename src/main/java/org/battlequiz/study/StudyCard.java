package org.battlequiz.study;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.question.QuestionSet;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored {@link Flashcard} of a set; kept (inactive) when its items go, so schedules and reviews survive. */
@Entity
@Table(name = "study_card")
public class StudyCard extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet questionSet;

    @Column(name = "fact_key")
    public String factKey;

    @Column(name = "fact_kind")
    public String factKind;

    public int position;

    public String front;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> cues = new ArrayList<>();

    public String answer;

    public String note;

    public String source;

    public boolean active = true;

    @ElementCollection
    @CollectionTable(name = "study_card_question", joinColumns = @JoinColumn(name = "card_id"))
    @Column(name = "question_id")
    public Set<Long> questionIds = new HashSet<>();

    public static List<StudyCard> listOfSet(QuestionSet set) {
        return list("questionSet", set);
    }

    void show(Flashcard card, int position) {
        this.factKind = card.factKind();
        this.position = position;
        this.front = card.front();
        if (!cues.equals(card.cues())) {
            this.cues = new ArrayList<>(card.cues());
        }
        this.answer = card.answer();
        this.note = card.note();
        this.source = card.source();
        this.active = true;
        questionIds.retainAll(card.questionIds());
        questionIds.addAll(card.questionIds());
    }
}
