package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.w3c.dom.Element;

/** Maps one Moodle XML <question> to an item; throws IllegalArgumentException naming the element at fault. */
final class MoodleQuestionParser {
    private final Element question;
    private final String where;
    private final List<String> notes;
    private final String textFormat;
    private String prompt;

    MoodleQuestionParser(Element question, String where, List<String> notes) {
        this.question = question;
        this.where = where;
        this.notes = notes;
        Element questionText = XmlElements.child(question, "questiontext");
        if (questionText == null) {
            throw new IllegalArgumentException("it has no <questiontext>");
        }
        this.textFormat = formatOf(questionText, "moodle_auto_format");
        this.prompt = formatted(questionText, "moodle_auto_format");
    }

    QuestionContent parse(String type) {
        return switch (type) {
            case "multichoice" -> choices();
            case "truefalse" -> trueFalse();
            case "numerical" -> numerical();
            case "matching" -> matching();
            case "ordering" -> ordering();
            case "shortanswer" -> shortAnswer();
            default -> throw new IllegalArgumentException("this question type cannot be imported; Battle Quiz takes "
                    + "multichoice, truefalse, numerical, matching, ordering and shortanswer");
        };
    }

    static ItemMeta tagMeta(Element question) {
        Element tags = XmlElements.child(question, "tags");
        return ItemMeta.fromTags(tags == null ? List.of()
                : XmlElements.children(tags, "tag").stream().map(XmlElements::text).toList());
    }

    private QuestionContent choices() {
        List<Element> answers = answers(2);
        boolean single = !List.of("false", "0").contains(String.valueOf(XmlElements.childContent(question, "single")));
        List<String> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String option = formatted(answers.get(i), "moodle_auto_format");
            double fraction = fraction(answers.get(i), i + 1);
            options.add(option);
            if (single ? isFull(fraction) : fraction > 0) {
                keys.add(option);
            } else if (single && fraction > 0) {
                notes.add(where + ": the partial credit of '" + option + "' was dropped");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(single ? "no <answer> has fraction 100" : "no <answer> has a positive fraction");
        }
        if (single && keys.size() > 1) {
            throw new IllegalArgumentException(keys.size() + " answers have fraction 100 but <single> is true");
        }
        return item(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_SELECT, List.of(), options, keys, null);
    }

    private QuestionContent trueFalse() {
        List<Element> answers = answers(2);
        String key = null;
        for (int i = 0; i < answers.size(); i++) {
            String text = XmlElements.text(answers.get(i)).strip().toLowerCase();
            if (!text.equals("true") && !text.equals("false")) {
                throw new IllegalArgumentException("<answer> " + (i + 1) + " says '" + text + "', not true or false");
            }
            if (isFull(fraction(answers.get(i), i + 1))) {
                key = text.equals("true") ? "True" : "False";
            }
        }
        if (key == null) {
            throw new IllegalArgumentException("no <answer> has fraction 100");
        }
        return item(QuestionType.TRUE_FALSE, List.of(), List.of("True", "False"), List.of(key), null);
    }

    private QuestionContent numerical() {
        List<Element> answers = answers(1);
        List<String> keys = new ArrayList<>();
        Double tolerance = null;
        for (int i = 0; i < answers.size(); i++) {
            String text = XmlElements.text(answers.get(i)).strip();
            double fraction = fraction(answers.get(i), i + 1);
            if (text.equals("*")) {
                continue;
            }
            if (!NumberText.isNumber(text)) {
                throw new IllegalArgumentException("<answer> " + (i + 1) + " is '" + text + "', not a number");
            }
            if (!isFull(fraction)) {
                notes.add(where + ": the partial-credit answer " + text + " was dropped");
                continue;
            }
            keys.add(NumberText.key(text));
            tolerance = keys.size() == 1 ? tolerance(answers.get(i), i + 1) : tolerance;
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no <answer> has fraction 100");
        }
        return item(QuestionType.NUMERIC, List.of(), List.of(), keys, tolerance);
    }

    private QuestionContent matching() {
        List<Element> subquestions = XmlElements.children(question, "subquestion");
        MatchingPairs pairs = new MatchingPairs();
        for (int i = 0; i < subquestions.size(); i++) {
            Element answer = XmlElements.child(subquestions.get(i), "answer");
            String match = answer == null ? "" : XmlElements.text(answer).strip();
            if (match.isEmpty()) {
                throw new IllegalArgumentException("<subquestion> " + (i + 1) + " has no <answer> text");
            }
            pairs.add(formatted(subquestions.get(i), textFormat), match);
        }
        return item(QuestionType.MATCHING, pairs.stems(), pairs.options(), pairs.keys(), null);
    }

    private QuestionContent ordering() {
        List<String> order = new ArrayList<>();
        for (Element answer : answers(2)) {
            order.add(formatted(answer, textFormat));
        }
        return item(QuestionType.ORDERING, List.of(), order, order, null);
    }

    private QuestionContent shortAnswer() {
        List<Element> answers = answers(1);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String text = XmlElements.text(answers.get(i)).strip();
            if (isFull(fraction(answers.get(i), i + 1))) {
                keys.add(text);
            } else {
                notes.add(where + ": the answer '" + text + "' without full credit was dropped");
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("no <answer> has fraction 100");
        }
        prompt = ItemRules.withBlank(prompt);
        return item(QuestionType.CLOZE, List.of(), List.of(), keys, null);
    }

    private QuestionContent item(QuestionType type, List<String> stems, List<String> options, List<String> keys,
                                 Double tolerance) {
        Element feedback = XmlElements.child(question, "generalfeedback");
        FeedbackText.Parts parts = feedback == null ? new FeedbackText.Parts(null, null)
                : FeedbackText.split(XmlElements.text(feedback), isHtml(formatOf(feedback, textFormat)));
        return new QuestionContent(type, prompt, stems, options, keys, tolerance, parts.explanation(), parts.source(),
                null, null, null);
    }

    private List<Element> answers(int atLeast) {
        List<Element> answers = XmlElements.children(question, "answer");
        if (answers.size() < atLeast) {
            throw new IllegalArgumentException("it needs at least " + atLeast + " <answer>, it has " + answers.size());
        }
        return answers;
    }

    private static double fraction(Element answer, int number) {
        String fraction = answer.getAttribute("fraction");
        if (fraction.isBlank()) {
            throw new IllegalArgumentException("<answer> " + number + " has no fraction");
        }
        if (!NumberText.isNumber(fraction)) {
            throw new IllegalArgumentException("<answer> " + number + " has fraction '" + fraction + "', not a number");
        }
        return Double.parseDouble(fraction.strip());
    }

    private static Double tolerance(Element answer, int number) {
        String tolerance = XmlElements.childContent(answer, "tolerance");
        if (tolerance == null || tolerance.isEmpty()) {
            return null;
        }
        if (!NumberText.isNumber(tolerance)) {
            throw new IllegalArgumentException("<answer> " + number + " has tolerance '" + tolerance + "', not a number");
        }
        return Math.abs(Double.parseDouble(tolerance));
    }

    private static boolean isFull(double fraction) {
        return Math.abs(fraction - 100) < 0.001;
    }

    private static String formatted(Element holder, String defaultFormat) {
        String text = XmlElements.text(holder);
        return isHtml(formatOf(holder, defaultFormat)) ? HtmlText.toPlain(text) : text;
    }

    private static String formatOf(Element holder, String defaultFormat) {
        String format = holder.getAttribute("format");
        return format.isBlank() ? defaultFormat : format;
    }

    private static boolean isHtml(String format) {
        return !format.equals("plain_text") && !format.equals("markdown");
    }
}
