package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/** Parses one GIFT question the way Moodle's importer reads it; throws IllegalArgumentException saying what is wrong. */
final class GiftQuestionParser {
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d*)?)%");

    private final String where;
    private final List<String> notes;
    private String format = "moodle";
    private String prompt;
    private FeedbackText.Parts feedback;

    GiftQuestionParser(String where, List<String> notes) {
        this.where = where;
        this.notes = notes;
    }

    QuestionContent parse(String gift) {
        String text = GiftText.protect(gift);
        if (text.startsWith("::")) {
            int nameEnd = text.indexOf("::", 2);
            if (nameEnd < 0) {
                throw new IllegalArgumentException("the question name has no closing ::");
            }
            text = text.substring(nameEnd + 2).strip();
        }
        int start = text.indexOf('{');
        int end = text.indexOf('}', Math.max(start, 0));
        if (start < 0) {
            throw new IllegalArgumentException("there is no answer block {...}; descriptions are not imported");
        }
        if (end < 0) {
            throw new IllegalArgumentException("the answer block '{' is never closed by '}'");
        }
        String after = text.substring(end + 1);
        if (text.lastIndexOf('}', start) >= 0 || after.indexOf('{') >= 0 || after.indexOf('}') >= 0) {
            throw new IllegalArgumentException("there is more than one {...} block; write a literal brace as \\{ or \\}");
        }
        String answers = text.substring(start + 1, end).strip();
        int feedbackStart = answers.lastIndexOf("####");
        String generalFeedback = feedbackStart < 0 ? "" : answers.substring(feedbackStart + 4);
        readPromptAndFeedback(text.substring(0, start), after, generalFeedback);
        return parseAnswers(feedbackStart < 0 ? answers : answers.substring(0, feedbackStart).strip());
    }

    private void readPromptAndFeedback(String before, String after, String generalFeedback) {
        String questionText = after.isBlank() ? before : before + ItemRules.BLANK + after;
        Matcher formatPrefix = FORMAT.matcher(questionText.strip());
        if (formatPrefix.find()) {
            format = formatPrefix.group(1);
        }
        prompt = formatted(questionText);
        Matcher feedbackFormat = FORMAT.matcher(generalFeedback.strip());
        boolean html = isHtml(feedbackFormat.find() ? feedbackFormat.group(1) : format);
        feedback = FeedbackText.split(restoreWithoutFormat(generalFeedback), html);
    }

    private QuestionContent parseAnswers(String answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("an empty {} is an essay question, which cannot be imported");
        }
        if (answers.startsWith("#")) {
            GiftNumerical.Answers numbers = new GiftNumerical(where, notes).parse(answers.substring(1));
            return item(QuestionType.NUMERIC, List.of(), List.of(), numbers.keys(), numbers.tolerance());
        }
        if (answers.contains("~")) {
            return choices(answers);
        }
        if (answers.contains("=") && answers.contains("->")) {
            return matching(answers);
        }
        String trueFalse = (answers.contains("#") ? answers.substring(0, answers.indexOf('#')) : answers).strip();
        if (List.of("T", "TRUE", "F", "FALSE").contains(trueFalse.toUpperCase())) {
            String key = trueFalse.toUpperCase().startsWith("T") ? "True" : "False";
            return item(QuestionType.TRUE_FALSE, List.of(), List.of("True", "False"), List.of(key), null);
        }
        return shortAnswer(answers);
    }

    private QuestionContent choices(String answers) {
        boolean single = answers.contains("=");
        List<String> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String answer : split(answers.replace("=", "~="), '~')) {
            double weight = answer.startsWith("=") ? 100 : weightOf(answer);
            String option = formatted(withoutFeedback(answer.startsWith("=") ? answer.substring(1) : withoutWeight(answer)));
            options.add(option);
            if (single ? weight == 100 : weight > 0) {
                keys.add(option);
            } else if (weight > 0) {
                notes.add(where + ": the partial credit of '" + option + "' was dropped");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no answer is marked right with = or a positive %weight%");
        }
        if (single && keys.size() > 1) {
            throw new IllegalArgumentException(keys.size() + " answers are marked right with =; a multiple select "
                    + "gives each right answer a ~%weight% instead");
        }
        return item(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_SELECT, List.of(), options, keys, null);
    }

    private QuestionContent matching(String answers) {
        MatchingPairs pairs = new MatchingPairs();
        for (String pair : split(answers, '=')) {
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw new IllegalArgumentException("the matching pair '" + GiftText.restore(pair) + "' has no ->");
            }
            pairs.add(formatted(pair.substring(0, arrow)), GiftText.restore(pair.substring(arrow + 2)).strip());
        }
        return item(QuestionType.MATCHING, pairs.stems(), pairs.options(), pairs.keys(), null);
    }

    private QuestionContent shortAnswer(String answers) {
        List<String> keys = new ArrayList<>();
        for (String answer : split(answers, '=')) {
            double weight = WEIGHT.matcher(answer).find() ? weightOf(answer) : 100;
            String key = restoreWithoutFormat(withoutFeedback(withoutWeight(answer))).strip();
            if (weight == 100) {
                keys.add(key);
            } else {
                notes.add(where + ": the answer '" + key + "' without full credit was dropped");
            }
        }
        prompt = ItemRules.withBlank(prompt);
        return item(QuestionType.CLOZE, List.of(), List.of(), keys, null);
    }

    private QuestionContent item(QuestionType type, List<String> stems, List<String> options, List<String> keys, Double tolerance) {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, feedback.explanation(), feedback.source(),
                null, null, null);
    }

    static List<String> split(String answers, char separator) {
        List<String> parts = new ArrayList<>();
        for (String part : answers.split(Pattern.quote(String.valueOf(separator)), -1)) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    static double weightOf(String answer) {
        Matcher weight = WEIGHT.matcher(answer);
        return weight.find() ? Double.parseDouble(weight.group(1)) : 0;
    }

    static String withoutWeight(String answer) {
        return WEIGHT.matcher(answer).replaceFirst("");
    }

    private String withoutFeedback(String answer) {
        return withoutFeedback(answer, where, notes);
    }

    static String withoutFeedback(String answer, String where, List<String> notes) {
        int hash = answer.indexOf('#');
        if (hash < 0) {
            return answer;
        }
        String note = where + ": feedback on single answers was dropped";
        if (!notes.contains(note)) {
            notes.add(note);
        }
        return answer.substring(0, hash);
    }

    /** A text field: its own [format] prefix or the question's format decides whether it is HTML. */
    private String formatted(String field) {
        String text = field.strip();
        Matcher prefix = FORMAT.matcher(text);
        boolean hasPrefix = prefix.find();
        String fieldFormat = hasPrefix ? prefix.group(1) : format;
        String plain = GiftText.restore(hasPrefix ? text.substring(prefix.end()) : text).strip();
        return isHtml(fieldFormat) ? HtmlText.toPlain(plain) : plain;
    }

    private static String restoreWithoutFormat(String field) {
        return GiftText.restore(FORMAT.matcher(field.strip()).replaceFirst(""));
    }

    private static boolean isHtml(String format) {
        return format.equals("html") || format.equals("moodle");
    }
}
