package org.battlequiz.authoring.interchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.w3c.dom.Element;

/**
 * Maps one Moodle XML &lt;question&gt; to an item, keeping its name, idnumber, tags, penalty and every answer's
 * grade and feedback; throws IllegalArgumentException naming the element at fault.
 */
final class MoodleQuestionParser {
    static final List<String> SUPPORTED = List.of("multichoice", "truefalse", "numerical", "matching", "ordering",
            "shortanswer");
    private static final BigDecimal DEFAULT_PENALTY = new BigDecimal("0.3333333");

    private final Element question;
    private final String where;
    private final List<String> notes;
    private final String textFormat;
    private final List<AnswerCredit> credits = new ArrayList<>();
    private String prompt;

    MoodleQuestionParser(Element question, String where, List<String> notes) {
        this.question = question;
        this.where = where;
        this.notes = notes;
        Element questionText = XmlElements.child(question, "questiontext");
        if (questionText == null) {
            throw new IllegalArgumentException("it has no <questiontext>");
        }
        this.textFormat = formatOf(questionText, "html");
        this.prompt = formatted(questionText, "html");
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
                    + String.join(", ", SUPPORTED));
        };
    }

    static List<String> tags(Element question) {
        Element tags = XmlElements.child(question, "tags");
        return tags == null ? List.of()
                : XmlElements.children(tags, "tag").stream().map(XmlElements::text).map(String::strip).toList();
    }

    private QuestionContent choices() {
        List<Element> answers = answers(2);
        boolean single = !List.of("false", "0", "").contains(String.valueOf(XmlElements.childContent(question, "single")));
        List<String> options = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            String option = formatted(answers.get(i), textFormat);
            BigDecimal fraction = credit(answers.get(i), i + 1, option);
            options.add(option);
            if (single ? Credits.isFull(fraction) : fraction.signum() > 0) {
                keys.add(option);
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
            String answer = text.equals("true") ? "True" : "False";
            if (Credits.isFull(credit(answers.get(i), i + 1, answer))) {
                key = answer;
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
            if (!text.equals("*") && !NumberText.isNumber(text)) {
                throw new IllegalArgumentException("<answer> " + (i + 1) + " is '" + text + "', not a number");
            }
            String value = text.equals("*") ? text : NumberText.key(text);
            BigDecimal answerTolerance = tolerance(answers.get(i), i + 1);
            BigDecimal fraction = credit(answers.get(i), i + 1, value);
            credits.set(credits.size() - 1, new AnswerCredit(value, fraction, credits.get(credits.size() - 1).feedback(),
                    answerTolerance));
            if (Credits.isFull(fraction) && !text.equals("*")) {
                keys.add(value);
                if (keys.size() == 1 && answerTolerance != null) {
                    tolerance = answerTolerance.doubleValue();
                }
            }
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
            if (Credits.isFull(credit(answers.get(i), i + 1, text))) {
                keys.add(text);
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
        String feedbackFormat = feedback == null ? textFormat : formatOf(feedback, textFormat);
        FeedbackText.Parts parts = feedback == null ? new FeedbackText.Parts(null, null)
                : FeedbackText.split(isHtml(feedbackFormat) ? XmlElements.text(feedback)
                        : formatted(feedback, feedbackFormat), isHtml(feedbackFormat));
        QuestionContent item = new QuestionContent(type, prompt, stems, options, keys, tolerance, parts.explanation(),
                parts.source(), null, null, null);
        String name = XmlElements.child(question, "name") == null ? null
                : XmlElements.text(XmlElements.child(question, "name")).strip();
        ItemDetails details = new ItemDetails(QuestionName.isGenerated(name, prompt) ? null : name,
                XmlElements.childContent(question, "idnumber"), penalty(),
                tags(question).stream().filter(tag -> !tag.startsWith(ItemMeta.TAG_PREFIX)).toList(), credits);
        return Credits.attach(item, details);
    }

    private BigDecimal penalty() {
        String penalty = XmlElements.childContent(question, "penalty");
        if (penalty == null || penalty.isEmpty()) {
            return null;
        }
        if (!NumberText.isNumber(penalty)) {
            throw new IllegalArgumentException("<penalty> is '" + penalty + "', not a number");
        }
        BigDecimal value = new BigDecimal(penalty);
        return value.subtract(DEFAULT_PENALTY).abs().compareTo(new BigDecimal("0.005")) < 0 ? null : value;
    }

    private List<Element> answers(int atLeast) {
        List<Element> answers = XmlElements.children(question, "answer");
        if (answers.size() < atLeast) {
            throw new IllegalArgumentException("it needs at least " + atLeast + " <answer>, it has " + answers.size());
        }
        return answers;
    }

    /** Reads the answer's grade (one of Moodle's) and feedback into the credits, and returns the grade. */
    private BigDecimal credit(Element answer, int number, String text) {
        String fraction = answer.getAttribute("fraction");
        if (fraction.isBlank()) {
            throw new IllegalArgumentException("<answer> " + number + " has no fraction");
        }
        if (!NumberText.isNumber(fraction)) {
            throw new IllegalArgumentException("<answer> " + number + " has fraction '" + fraction + "', not a number");
        }
        BigDecimal grade = Credits.fromPercent(fraction, where, "<answer> " + number);
        Element feedback = XmlElements.child(answer, "feedback");
        credits.add(new AnswerCredit(text, grade, feedback == null ? null : formatted(feedback, textFormat), null));
        return grade;
    }

    private static BigDecimal tolerance(Element answer, int number) {
        String tolerance = XmlElements.childContent(answer, "tolerance");
        if (tolerance == null || tolerance.isEmpty()) {
            return null;
        }
        if (!NumberText.isNumber(tolerance)) {
            throw new IllegalArgumentException("<answer> " + number + " has tolerance '" + tolerance + "', not a number");
        }
        return new BigDecimal(tolerance).abs().stripTrailingZeros();
    }

    private String formatted(Element holder, String defaultFormat) {
        String text = XmlElements.text(holder);
        String format = formatOf(holder, defaultFormat);
        return TextFormats.toPlain(text, format, where, notes);
    }

    private static String formatOf(Element holder, String defaultFormat) {
        String format = holder.getAttribute("format");
        return format.isBlank() ? defaultFormat : format;
    }

    private static boolean isHtml(String format) {
        return TextFormats.isHtml(format);
    }
}
