package org.battlequiz.question;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.IdentifiedEntity;
import org.battlequiz.generation.GenerationResult;
import org.battlequiz.generation.ItemFact;
import org.battlequiz.generation.ItemScore;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One item of a question set; stems, options and keys follow the conventions of {@link QuestionContent}. */
@Entity
public class Question extends IdentifiedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "set_id")
    public QuestionSet questionSet;

    public int position;

    @Enumerated(EnumType.STRING)
    public QuestionType type;

    public String prompt;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> stems = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> options = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> keys = new ArrayList<>();

    public Double tolerance;

    public String explanation;

    public String source;

    @Column(name = "fact_kind")
    public String factKind;

    public Double difficulty;

    @Column(name = "generator_version")
    public String generatorVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_status")
    public ReviewStatus reviewStatus = ReviewStatus.ACCEPTED;

    @Enumerated(EnumType.STRING)
    @Column(name = "reject_reason")
    public RejectReason rejectReason;

    @Column(name = "reject_note")
    public String rejectNote;

    public boolean edited;

    /** What an imported question brought beyond its content (name, tags, partial credit, feedback); null if nothing. */
    @JdbcTypeCode(SqlTypes.JSON)
    public ItemDetails details;

    /** The generator's score of this item (0..1), null for an item a teacher wrote. */
    public Double quality;

    /** Why the generator scored this item below full marks, in words for the teacher; null when nothing. */
    @Column(name = "quality_notes")
    public String qualityNotes;

    /** The generator's id of the fact this item rests on; null for an item a teacher wrote or imported. */
    @Column(name = "fact_id")
    public String factId;

    /** The fact's statement and evidence when the item was generated (see {@link ItemFact#fingerprint()}). */
    @Column(name = "fact_print")
    public String factPrint;

    /**
     * Why the item is flagged in the review queue (its fact was corrected, or the teacher set it aside for a second
     * look); null when it is not. Accepting, editing or rejecting the item clears it.
     */
    @Column(name = "review_flag")
    public String reviewFlag;

    public static Question of(QuestionSet set, int position, QuestionContent content) {
        Question question = new Question();
        question.questionSet = set;
        question.position = position;
        question.type = content.type();
        question.prompt = content.prompt();
        question.stems = new ArrayList<>(content.stems());
        question.options = new ArrayList<>(content.options());
        question.keys = new ArrayList<>(content.keys());
        question.tolerance = content.tolerance();
        question.explanation = content.explanation();
        question.source = content.source();
        question.factKind = content.factKind();
        question.difficulty = content.difficulty();
        question.generatorVersion = content.generatorVersion();
        question.details = content.details().none() ? null : content.details();
        return question;
    }

    /** An item as generated, with the generator's quality score and its reasons. */
    public static Question generated(QuestionSet set, int position, GenerationResult result) {
        return generated(set, position, result, position);
    }

    /** The index-th generated item placed at the given position, with its score and the fact it rests on. */
    public static Question generated(QuestionSet set, int position, GenerationResult result, int index) {
        Question question = of(set, position, result.questions().get(index));
        if (index < result.scores().size()) {
            ItemScore score = result.scores().get(index);
            question.quality = score.value();
            question.qualityNotes = score.reasons().isEmpty() ? null : String.join("; ", score.reasons());
        }
        if (index < result.facts().size()) {
            ItemFact fact = result.facts().get(index);
            question.factId = fact.id();
            question.factPrint = fact.fingerprint();
        }
        return question;
    }

    public static List<Question> listInSet(QuestionSet set) {
        return list("questionSet = ?1 and reviewStatus <> ?2 order by position", set, ReviewStatus.REJECTED);
    }

    /** How many items {@link #listInSet} gives: the set's items that are not rejected. */
    public static long countInSet(QuestionSet set) {
        return count("questionSet = ?1 and reviewStatus <> ?2", set, ReviewStatus.REJECTED);
    }

    /** The items learners are given: only those a teacher accepted (or wrote). */
    public static List<Question> listPlayable(QuestionSet set) {
        return list("questionSet = ?1 and reviewStatus = ?2 order by position", set, ReviewStatus.ACCEPTED);
    }

    public static long countAccepted(QuestionSet set) {
        return count("questionSet = ?1 and reviewStatus = ?2", set, ReviewStatus.ACCEPTED);
    }

    public QuestionContent content() {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, explanation, source, factKind,
                difficulty, generatorVersion, details);
    }
}
