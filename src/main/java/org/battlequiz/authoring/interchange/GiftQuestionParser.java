package org.battlequiz.authoring.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;

/**
 * Parses one GIFT question the way Moodle's importer reads it, keeping its name and every answer's weight and
 * feedback; throws IllegalArgumentException saying what is wrong.
 */
final class GiftQuestionParser {
    private static final Pattern FORMAT = Pattern.compile("^\\[(html|moodle|plain|markdown)]");
    private static final Pattern WEIGHT = Pattern.compile("^%(-?\\d+(?:\\.\\d*)?)%");

    private final String where;
    private final List<String> notes;
    private final List<AnswerCredit> credits = new ArrayList<>();
    private String format = "moodle";
    private String name;
    private String prompt;
    private FeedbackText.Parts feedback;

    GiftQuestionParser(String where, List<String> notes) {
        this.where = where;
        this.notes = notes;
    }

    /** @param idNumber the question's "// [id:...]" comment, null if none; tags its "// [tag:...]" ones */
    QuestionContent parse(String gift, String idNumber, List<String> tags) {
        QuestionContent item = parse(gift);
        ItemDetails details = new ItemDetails(QuestionName.isGenerated(name, item.prompt()) ? null : name, idNumber,
                null, tags.stream().filter(tag -> !tag.startsWith(ItemMeta.TAG_PREFIX)).toList(), credits);
        return Credits.attach(item, details);
    }

    private QuestionContent parse(String gift) {
        String text = GiftText.protect(gift);
        if (text.startsWith("::")) {
            int nameEnd = text.indexOf("::", 2);
            if (nameEnd < 0) {
                throw new IllegalArgumentException("the question name has no closing ::");
            }
            name = GiftText.restore(text.substring(2, nameEnd)).strip();
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
        String fieldFormat = feedbackFormat.find() ? feedbackFormat.group(1) : format;
        boolean html = TextFormats.isHtml(fieldFormat);
        String text = restoreWithoutFormat(generalFeedback);
        feedback = FeedbackText.split(html ? text : TextFormats.toPlain(text, fieldFormat, where, notes), html);
    }

    private QuestionContent parseAnswers(String answers) {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("an empty {} is an essay question, which cannot be imported");
        }
        if (answers.startsWith("#")) {
            GiftNumerical.Answers numbers = new GiftNumerical(this).parse(answers.substring(1));
            credits.addAll(numbers.credits());
            return item(QuestionType.NUMERIC, List.of(), List.of(), numbers.keys(), numbers.tolerance());
        }
        if (answers.contains("~")) {
            return choices(answers);
        }
        if (answers.contains("=") && answers.contains("->")) {
            return matching(answers);
        }
        String[] trueFalse = answers.split("#", -1);
        if (List.of("T", "TRUE", "F", "FALSE").contains(trueFalse[0].strip().toUpperCase())) {
            return trueFalse(trueFalse);
        }
        return shortAnswer(answers);
    }

    /** {TRUE#shown for a wrong answer#shown for the right one}, as Moodle reads it. */
    private QuestionContent trueFalse(String[] parts) {
        String key = parts[0].strip().toUpperCase().startsWith("T") ? "True" : "False";
        String wrongFeedback = parts.length > 1 ? formatted(parts[1]) : null;
        String rightFeedback = parts.length > 2 ? formatted(parts[2]) : null;
        credits.add(new AnswerCredit("True", key.equals("True") ? BigDecimal.ONE : BigDecimal.ZERO,
                key.equals("True") ? rightFeedback : wrongFeedback, null));
        credits.add(new AnswerCredit("False", key.equals("False") ? BigDecimal.ONE : BigDecimal.ZERO,
                key.equals("False") ? rightFeedback : wrongFeedback, null));
        return item(QuestionType.TRUE_FALSE, List.of(), List.of("True", "False"), List.of(key), null);
    }

    private QuestionContent choices(String answers) {
        boolean single = answers.contains("=");
        List<String> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (String answer : split(answers.replace("=", "~="), '~')) {
            String body = answer.startsWith("=") ? answer.substring(1) : withoutWeight(answer);
            String option = formatted(withoutFeedback(body));
            BigDecimal weight = answer.startsWith("=") ? BigDecimal.ONE : weightOf(answer, option);
            credit(option, weight, feedbackOf(body));
            options.add(option);
            if (single ? Credits.isFull(weight) : weight.signum() > 0) {
                keys.add(option);
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
            String key = restoreWithoutFormat(withoutFeedback(withoutWeight(answer))).strip();
            BigDecimal weight = WEIGHT.matcher(answer).find() ? weightOf(answer, key) : BigDecimal.ONE;
            credit(key, weight, feedbackOf(withoutWeight(answer)));
            if (Credits.isFull(weight)) {
                keys.add(key);
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no answer has full credit");
        }
        prompt = ItemRules.withBlank(prompt);
        return item(QuestionType.CLOZE, List.of(), List.of(), keys, null);
    }

    private QuestionContent item(QuestionType type, List<String> stems, List<String> options, List<String> keys, Double tolerance) {
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, feedback.explanation(), feedback.source(),
                null, null, null);
    }

    private void credit(String answer, BigDecimal weight, String answerFeedback) {
        credits.add(new AnswerCredit(answer, weight, answerFeedback, null));
    }

    /** The Moodle type a GIFT question reads as, for the preview: the kind its first answer block marks. */
    static String typeOf(String gift) {
        String text = GiftText.protect(gift);
        int start = text.indexOf('{');
        int end = text.indexOf('}', Math.max(start, 0));
        if (start < 0 || end < 0) {
            return start < 0 ? "description" : "unknown";
        }
        String answers = text.substring(start + 1, end).strip();
        if (answers.isEmpty()) {
            return "essay";
        }
        if (answers.startsWith("#")) {
            return "numerical";
        }
        if (answers.startsWith(">")) {
            return "ordering";
        }
        if (answers.contains("~")) {
            return "multichoice";
        }
        if (answers.contains("->")) {
            return "matching";
        }
        return List.of("T", "TRUE", "F", "FALSE").contains(answers.split("#")[0].strip().toUpperCase())
                ? "truefalse" : "shortanswer";
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

    /** The answer's %weight% as a Moodle fraction (0 without one). */
    BigDecimal weightOf(String answer, String label) {
        Matcher weight = WEIGHT.matcher(answer);
        return weight.find() ? Credits.fromPercent(weight.group(1), where, "the answer '" + label + "'") : BigDecimal.ZERO;
    }

    static String withoutWeight(String answer) {
        return WEIGHT.matcher(answer).replaceFirst("");
    }

    static String withoutFeedback(String answer) {
        int hash = answer.indexOf('#');
        return hash < 0 ? answer : answer.substring(0, hash);
    }

    /** The "#feedback" after an answer, as plain text; null if none. */
    String feedbackOf(String answer) {
        int hash = answer.indexOf('#');
        return hash < 0 ? null : FeedbackText.blankToNull(formatted(answer.substring(hash + 1)));
    }

    /** A text field: its own [format] prefix or the question's format decides how it is read. */
    String formatted(String field) {
        String text = field.strip();
        Matcher prefix = FORMAT.matcher(text);
        boolean hasPrefix = prefix.find();
        String fieldFormat = hasPrefix ? prefix.group(1) : format;
        String plain = GiftText.restore(hasPrefix ? text.substring(prefix.end()) : text).strip();
        return TextFormats.toPlain(plain, fieldFormat, where, notes);
    }

    private static String restoreWithoutFormat(String field) {
        return GiftText.restore(FORMAT.matcher(field.strip()).replaceFirst(""));
    }
}
