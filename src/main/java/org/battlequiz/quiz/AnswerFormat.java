package org.battlequiz.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.battlequiz.generation.item.QuestionContent;

/** Writes a response or a key as one line of text for the result page. */
public final class AnswerFormat {
    static final String NO_ANSWER = "(no answer)";

    private AnswerFormat() {
    }

    public static String response(QuestionContent question, List<String> response) {
        if (response == null || response.stream().allMatch(String::isBlank)) {
            return NO_ANSWER;
        }
        return values(question, response.stream().map(v -> v.isBlank() ? "?" : v).toList());
    }

    public static String key(QuestionContent question) {
        String key = values(question, question.keys());
        return switch (question.type()) {
            case NUMERIC, DATE -> question.tolerance() != null && question.tolerance() > 0
                    ? key + " (\u00b1 " + ScoreText.number(question.tolerance()) + ")" : key;
            case CLOZE -> question.keys().size() > 1
                    ? question.keys().get(0) + " (also accepted: "
                    + String.join(", ", question.keys().subList(1, question.keys().size())) + ")"
                    : key;
            default -> key;
        };
    }

    private static String values(QuestionContent question, List<String> values) {
        return switch (question.type()) {
            case MATCHING -> {
                List<String> pairs = new ArrayList<>();
                for (int i = 0; i < question.stems().size() && i < values.size(); i++) {
                    pairs.add(question.stems().get(i) + " \u2192 " + values.get(i));
                }
                yield String.join("; ", pairs);
            }
            case ORDERING -> String.join(" \u2192 ", values);
            case CLOZE -> values.get(0);
            default -> values.stream().collect(Collectors.joining(", "));
        };
    }
}
