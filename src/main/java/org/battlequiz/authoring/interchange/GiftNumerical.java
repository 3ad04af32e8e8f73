package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;

/** The answers of a GIFT numerical question {#key:tolerance =key2:tolerance} or {#min..max}, after the "#". */
final class GiftNumerical {
    record Answers(List<String> keys, Double tolerance) {
    }

    private final String where;
    private final List<String> notes;

    GiftNumerical(String where, List<String> notes) {
        this.where = where;
        this.notes = notes;
    }

    Answers parse(String answers) {
        int wrongFeedback = answers.indexOf('~');
        String rightAnswers = wrongFeedback < 0 ? answers : answers.substring(0, wrongFeedback);
        List<String> keys = new ArrayList<>();
        Double tolerance = null;
        for (String answer : GiftQuestionParser.split(rightAnswers, '=')) {
            double weight = answer.startsWith("%") ? GiftQuestionParser.weightOf(answer) : 100;
            String value = GiftText.restore(GiftQuestionParser.withoutFeedback(
                    GiftQuestionParser.withoutWeight(answer), where, notes)).strip();
            if (weight != 100) {
                notes.add(where + ": the partial-credit answer " + value + " was dropped");
                continue;
            }
            String[] keyAndTolerance = keyAndTolerance(value);
            keys.add(keyAndTolerance[0]);
            if (keys.size() == 1 && keyAndTolerance[1] != null) {
                tolerance = NumberText.parse(keyAndTolerance[1]);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the numerical question has no answer with full credit");
        }
        return new Answers(keys, tolerance);
    }

    private static String[] keyAndTolerance(String value) {
        int range = value.indexOf("..");
        if (range > 0) {
            double min = number(value.substring(0, range), value);
            double max = number(value.substring(range + 2), value);
            return new String[] {NumberText.plain((min + max) / 2), NumberText.plain(Math.abs(max - min) / 2)};
        }
        int colon = value.indexOf(':');
        String key = colon > 0 ? value.substring(0, colon) : value;
        number(key, value);
        String tolerance = colon > 0 ? value.substring(colon + 1).strip() : null;
        if (tolerance != null) {
            number(tolerance, value);
        }
        return new String[] {NumberText.key(key), tolerance};
    }

    private static double number(String text, String answer) {
        if (!NumberText.isNumber(text)) {
            throw new IllegalArgumentException("the numerical answer '" + answer + "' is not a number");
        }
        return Double.parseDouble(text.strip());
    }
}
