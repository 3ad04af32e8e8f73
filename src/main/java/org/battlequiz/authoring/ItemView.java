package org.battlequiz.authoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.battlequiz.question.Question;
import org.battlequiz.question.ReviewStatus;
import org.battlequiz.quiz.QuestionView;

/**
 * An item as the teacher reviews it: its content, where it stands, if rejected why, why it scored low, why it is back
 * in the queue (after the facts were corrected, or set aside by the teacher), and a preview of the question as
 * learners are shown it.
 */
public record ItemView(long id, int number, String type, String prompt, List<String> stems, List<String> options,
                       List<String> keys, String tolerance, String explanation, String source, String status,
                       boolean pending, boolean rejected, boolean edited, boolean flagged, String rejectReason,
                       String rejectNote, String generatorVersion, String factKind, String quality,
                       List<String> qualityReasons, QuestionView preview, String flag) {
    /** Below this score an item is marked as low, to be checked first. */
    static final double LOW_QUALITY = 0.7;

    /** One stem of a matching item with its right match. */
    public record Pair(String stem, String match) {
    }

    static ItemView of(Question question, int number) {
        String notes = question.qualityNotes;
        return new ItemView(question.id, number, question.type.label(), question.prompt, question.stems,
                question.options, question.keys,
                question.tolerance == null ? null : NumberFormatting.plain(question.tolerance), question.explanation,
                question.source, question.reviewStatus.name().toLowerCase(Locale.ROOT),
                question.reviewStatus == ReviewStatus.PENDING, question.reviewStatus == ReviewStatus.REJECTED,
                question.edited, question.reviewFlag != null, question.rejectReason == null ? null : question.rejectReason.label(),
                question.rejectNote, question.generatorVersion == null ? "manual" : question.generatorVersion,
                FactKindNames.label(question.factKind),
                question.quality == null ? null : String.format(Locale.ROOT, "%.2f", question.quality),
                notes == null || notes.isBlank() ? List.of() : Arrays.stream(notes.split(";\\s*"))
                        .map(ItemView::sentence).toList(),
                QuestionView.of(question, number), question.reviewFlag);
    }

    public boolean isKey(String option) {
        return keys.contains(option);
    }

    public boolean lowQuality() {
        return quality != null && Double.parseDouble(quality) < LOW_QUALITY;
    }

    /** Matching: each stem with its right match; the keys hold them in the stems' order. */
    public List<Pair> pairs() {
        return IntStream.range(0, Math.min(stems.size(), keys.size()))
                .mapToObj(i -> new Pair(stems.get(i), keys.get(i))).toList();
    }

    /** Ordering: the keys are the items in the right order. */
    public boolean ordering() {
        return "ordering".equals(preview.kind());
    }

    public boolean matching() {
        return "matching".equals(preview.kind());
    }

    private static String sentence(String reason) {
        String text = reason.strip();
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }
}
