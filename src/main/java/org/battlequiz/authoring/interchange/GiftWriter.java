package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
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
        List<String> tags = ItemMeta.describe(item).tags();
        if (!tags.isEmpty()) {
            out.append("// ").append(tags.stream().map(tag -> "[tag:" + tag.replace("]", "\\]") + "]")
                    .collect(Collectors.joining(" "))).append('\n');
        }
        out.append("::").append(GiftText.escape(QuestionName.of(position, item.prompt())))
                .append("::[html]").append(GiftText.html(item.prompt()));
        out.append(answers(item)).append("\n\n");
    }

    private static String answers(QuestionContent item) {
        String feedback = FeedbackText.compose(item.explanation(), item.source());
        String feedbackLine = feedback.isEmpty() ? "" : "\t####" + GiftText.htmlMarkup(feedback) + "\n";
        StringBuilder block = new StringBuilder("{\n");
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> {
                ChoiceWeights weights = ChoiceWeights.of(item);
                for (String option : item.options()) {
                    block.append('\t').append(choiceMarker(item, weights.percent(option)))
                            .append(GiftText.html(option)).append('\n');
                }
            }
            case TRUE_FALSE -> {
                String answer = item.keys().contains("True") ? "TRUE" : "FALSE";
                return "{" + answer + (feedback.isEmpty() ? "" : "####" + GiftText.htmlMarkup(feedback)) + "}";
            }
            case NUMERIC, DATE -> {
                block.insert(1, '#');
                for (String key : item.keys()) {
                    block.append("\t=").append(item.type() == QuestionType.DATE ? ItemMeta.year(key) : key);
                    block.append(item.tolerance() == null ? "" : ":" + NumberText.plain(item.tolerance())).append('\n');
                }
            }
            case MATCHING -> {
                for (int i = 0; i < item.stems().size(); i++) {
                    block.append("\t=").append(GiftText.html(item.stems().get(i))).append(" -> ")
                            .append(GiftText.escape(item.keys().get(i))).append('\n');
                }
                ItemMeta.distractors(item).forEach(distractor ->
                        block.append("\t= -> ").append(GiftText.escape(distractor)).append('\n'));
            }
            case CLOZE -> item.keys().forEach(key ->
                    block.append("\t=").append(key.startsWith("%") ? "%100%" : "").append(GiftText.escape(key)).append('\n'));
            case ORDERING -> throw new IllegalStateException("ordering items are skipped before writing");
        }
        return block.append(feedbackLine).append('}').toString();
    }

    private static String choiceMarker(QuestionContent item, String percent) {
        if (item.type() == QuestionType.SINGLE_CHOICE) {
            return percent.equals("100") ? "=" : "~";
        }
        return "~%" + percent + "%";
    }
}
