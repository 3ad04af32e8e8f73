package org.battlequiz.authoring;

import java.util.List;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;

/**
 * An item as the teacher reviews it: its content, where it stands, if rejected why, why it scored low, and why it is
 * back in the queue after the facts were corrected.
 */
public record ItemView(long id, int number, String type, String prompt, List<String> stems, List<String> options,
                       List<String> keys, String tolerance, String explanation, String source, String status,
                       boolean pending, boolean rejected, boolean edited, String rejectReason, String rejectNote,
                       String generatorVersion, String quality, String qualityNotes, String flag) {

    static ItemView of(Question question, int number) {
        return new ItemView(question.id, number, question.type.apiName().replace('_', ' '), question.prompt,
                question.stems, question.options, question.keys,
                question.tolerance == null ? null : NumberFormatting.plain(question.tolerance), question.explanation,
                question.source, question.reviewStatus.name().toLowerCase(java.util.Locale.ROOT),
                question.reviewStatus == ReviewStatus.PENDING, question.reviewStatus == ReviewStatus.REJECTED,
                question.edited, question.rejectReason == null ? null : question.rejectReason.label(),
                question.rejectNote, question.generatorVersion == null ? "manual" : question.generatorVersion,
                question.quality == null ? null : String.format(java.util.Locale.ROOT, "%.2f", question.quality),
                question.qualityNotes, question.reviewFlag);
    }

    public boolean isKey(String option) {
        return keys.contains(option);
    }
}
