package org.battlequiz.study;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.battlequiz.generation.item.QuestionContent;

/** The back of a card as a person reads it: "1046 BC", "1,900", "Arven → The hill clans; Brisa → ...". */
final class CardAnswer {
    private static final String YEAR = "-?\\d{1,4}";
    private static final String NUMBER = "-?\\d+(\\.\\d+)?";

    private CardAnswer() {
    }

    static String of(QuestionContent item) {
        List<String> keys = item.keys();
        if (keys.isEmpty()) {
            return "";
        }
        return switch (item.type()) {
            case DATE -> year(keys.get(0)) + tolerance(item, " years");
            case NUMERIC -> number(keys.get(0)) + tolerance(item, "");
            case MATCHING -> pairs(item.stems(), keys);
            case ORDERING -> String.join(" \u2192 ", keys);
            case CLOZE, SINGLE_CHOICE, TRUE_FALSE -> keys.get(0);
            case MULTIPLE_SELECT -> String.join(", ", keys);
        };
    }

    /** The answer without any tolerance, for telling whether two items ask for the same thing. */
    static String bare(QuestionContent item) {
        if (item.keys().isEmpty()) {
            return "";
        }
        return switch (item.type()) {
            case DATE -> year(item.keys().get(0));
            case NUMERIC -> number(item.keys().get(0));
            default -> of(item);
        };
    }

    private static String year(String key) {
        if (!key.matches(YEAR)) {
            return key;
        }
        int year = Integer.parseInt(key);
        return year < 0 ? -year + " BC" : String.valueOf(year);
    }

    private static String number(String key) {
        if (!key.matches(NUMBER)) {
            return key;
        }
        return NumberFormat.getNumberInstance(Locale.UK).format(Double.parseDouble(key));
    }

    private static String tolerance(QuestionContent item, String unit) {
        Double tolerance = item.tolerance();
        return tolerance == null || tolerance <= 0 ? "" : " (\u00b1 " + number(stripZero(tolerance)) + unit + ")";
    }

    private static String stripZero(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String pairs(List<String> stems, List<String> keys) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < stems.size() && i < keys.size(); i++) {
            pairs.add(stems.get(i) + " \u2192 " + keys.get(i));
        }
        return String.join("; ", pairs);
    }
}
