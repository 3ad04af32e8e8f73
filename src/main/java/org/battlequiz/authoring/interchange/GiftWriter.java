package org.battlequiz.authoring.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Writes a set as GIFT, text in [html] format. Item data Moodle has no field for (DATE, fact kind, difficulty,
 * generator, option order) goes in the question tags of a "// [tag:bq-key:value]" comment line, which Moodle
 * imports as tags; ordering items cannot be written in standard GIFT and are reported as skipped.
 */
final class GiftWriter {
    ExportResult write(SetInfo set, List<QuestionContent> items) {
        StringBuilder questions = new StringBuilder();
        List<SkippedItem> skipped = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            QuestionContent item = items.get(i);
            String reason = whyNotExpressible(item);
            if (reason != null) {
                skipped.add(new SkippedItem(i + 1, item.type(), reason));
            } else {
                writeQuestion(questions, i + 1, item);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("// ").append(set.title().replace('\n', ' ')).append(", exported from Battle Quiz\n");
        out.append("// tags bq-key:value carry item data for Battle Quiz\n");
        for (SkippedItem item : skipped) {
            out.append("// left out: item ").append(item.position()).append(" (").append(item.type().apiName())
                    .append("), ").append(item.reason()).append('\n');
        }
        out.append("\n$CATEGORY: ").append(CategoryPath.of(set.title())).append("\n\n");
        return new ExportResult(out.append(questions).toString(), skipped);
    }

    private static String whyNotExpressible(QuestionContent item) {
        if (item.type() == QuestionType.ORDERING) {
            return "GIFT has no ordering questions";
        }
        if (item.type() == QuestionType.CLOZE && item.keys().stream().anyMatch(key -> key.contains("->"))) {
            return "a GIFT short answer containing '->' would read as a matching question";
        }
        return null;
    }

    private void writeQuestion(StringBuilder out, int position, QuestionContent item) {
        ItemDetails details = item.details();
        List<String> tags = new ArrayList<>(details.tags());
        tags.addAll(ItemMeta.describe(item).tags());
        List<String> comments = new ArrayList<>();
        if (details.idNumber() != null) {
            comments.add("[id:" + details.idNumber().replace("]", "\\]") + "]");
        }
        tags.forEach(tag -> comments.add("[tag:" + tag.replace("]", "\\]") + "]"));
        if (!comments.isEmpty()) {
            out.append("// ").append(String.join(" ", comments)).append('\n');
        }
        String name = details.name() != null ? details.name() : QuestionName.of(position, item.prompt());
        out.append("::").append(GiftText.escape(name)).append("::[html]").append(GiftText.html(item.prompt()));
        out.append(answers(item)).append("\n\n");
    }

    private static String answers(QuestionContent item) {
        String feedback = FeedbackText.compose(item.explanation(), item.source());
        String feedbackLine = feedback.isEmpty() ? "" : "\t####" + GiftText.htmlMarkup(feedback) + "\n";
        List<AnswerCredit> credits = Credits.written(item);
        StringBuilder block = new StringBuilder("{\n");
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> credits.forEach(credit -> block.append('\t')
                    .append(choiceMarker(item, credit.fraction())).append(GiftText.html(credit.answer()))
                    .append(feedback(credit)).append('\n'));
            case TRUE_FALSE -> {
                String key = item.keys().get(0);
                AnswerCredit right = credits.stream().filter(credit -> credit.answer().equals(key)).findFirst().orElseThrow();
                AnswerCredit wrong = credits.stream().filter(credit -> !credit.answer().equals(key)).findFirst().orElseThrow();
                String answerFeedback = right.feedback() == null && wrong.feedback() == null ? ""
                        : "#" + html(wrong.feedback()) + "#" + html(right.feedback());
                return "{" + key.toUpperCase(java.util.Locale.ROOT) + answerFeedback
                        + (feedback.isEmpty() ? "" : "####" + GiftText.htmlMarkup(feedback)) + "}";
            }
            case NUMERIC, DATE -> {
                block.insert(1, '#');
                credits.stream().filter(credit -> !credit.answer().equals("*")).forEach(credit -> block.append("\t=")
                        .append(weight(credit.fraction())).append(credit.answer())
                        .append(credit.tolerance() == null ? "" : ":" + credit.tolerance().toPlainString())
                        .append(feedback(credit)).append('\n'));
                credits.stream().filter(credit -> credit.answer().equals("*") && credit.fraction().signum() == 0)
                        .findFirst().ifPresent(credit -> block.append("\t~").append(feedback(credit)).append('\n'));
            }
            case MATCHING -> {
                for (int i = 0; i < item.stems().size(); i++) {
                    block.append("\t=").append(GiftText.html(item.stems().get(i))).append(" -> ")
                            .append(GiftText.escape(item.keys().get(i))).append('\n');
                }
                ItemMeta.distractors(item).forEach(distractor ->
                        block.append("\t= -> ").append(GiftText.escape(distractor)).append('\n'));
            }
            case CLOZE -> credits.forEach(credit -> block.append("\t=")
                    .append(Credits.isFull(credit.fraction()) && credit.answer().startsWith("%") ? "%100%" : weight(credit.fraction()))
                    .append(GiftText.escape(credit.answer())).append(feedback(credit)).append('\n'));
            case ORDERING -> throw new IllegalStateException("ordering items are skipped before writing");
        }
        return block.append(feedbackLine).append('}').toString();
    }

    private static String choiceMarker(QuestionContent item, BigDecimal fraction) {
        if (item.type() == QuestionType.SINGLE_CHOICE && (Credits.isFull(fraction) || fraction.signum() == 0)) {
            return Credits.isFull(fraction) ? "=" : "~";
        }
        return "~%" + Credits.percent(fraction) + "%";
    }

    private static String weight(BigDecimal fraction) {
        return Credits.isFull(fraction) ? "" : "%" + Credits.percent(fraction) + "%";
    }

    private static String feedback(AnswerCredit credit) {
        return credit.feedback() == null ? "" : "#" + GiftText.html(credit.feedback());
    }

    private static String html(String text) {
        return text == null ? "" : GiftText.html(text);
    }
}
