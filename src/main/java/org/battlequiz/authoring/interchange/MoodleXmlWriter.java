package org.battlequiz.authoring.interchange;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.battlequiz.generation.item.AnswerCredit;
import org.battlequiz.generation.item.ItemDetails;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Writes a set as a Moodle XML quiz file: a category named after the set, then one question per item. */
final class MoodleXmlWriter {
    private static final Pattern NOT_XML_CHAR =
            Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    private Document document;
    private int position;

    ExportResult write(SetInfo set, List<QuestionContent> items) {
        document = SecureXml.newDocument();
        Element quiz = document.createElement("quiz");
        document.appendChild(quiz);
        writeCategory(quiz, set);
        position = 0;
        for (QuestionContent item : items) {
            position++;
            writeQuestion(quiz, item);
        }
        return new ExportResult(SecureXml.serialize(document), List.of());
    }

    private void writeCategory(Element quiz, SetInfo set) {
        Element category = add(quiz, "question");
        category.setAttribute("type", "category");
        addText(add(category, "category"), CategoryPath.of(set.title()));
        formatted(category, "info", "html", HtmlText.escape(set.description()));
    }

    private void writeQuestion(Element quiz, QuestionContent item) {
        Element question = add(quiz, "question");
        question.setAttribute("type", MoodleQuestionType.of(item.type()));
        ItemDetails details = item.details();
        addText(add(question, "name"), details.name() != null ? details.name() : QuestionName.of(position, item.prompt()));
        formatted(question, "questiontext", "html", HtmlText.escape(item.prompt()));
        formatted(question, "generalfeedback", "html", FeedbackText.compose(item.explanation(), item.source()));
        add(question, "defaultgrade").setTextContent("1");
        add(question, "penalty").setTextContent(details.penalty() == null ? "0.3333333"
                : details.penalty().toPlainString());
        add(question, "hidden").setTextContent("0");
        add(question, "idnumber").setTextContent(details.idNumber() == null ? "" : details.idNumber());
        switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_SELECT -> writeChoices(question, item);
            case TRUE_FALSE -> writeTrueFalse(question, item);
            case NUMERIC, DATE -> writeNumerical(question, item);
            case MATCHING -> writeMatching(question, item);
            case ORDERING -> writeOrdering(question, item);
            case CLOZE -> writeShortAnswer(question, item);
        }
        List<String> tags = new ArrayList<>(details.tags());
        tags.addAll(ItemMeta.describe(item).tags());
        writeTags(question, tags);
    }

    private void writeChoices(Element question, QuestionContent item) {
        boolean single = item.type() == QuestionType.SINGLE_CHOICE;
        add(question, "single").setTextContent(Boolean.toString(single));
        add(question, "shuffleanswers").setTextContent("true");
        add(question, "answernumbering").setTextContent("abc");
        add(question, "showstandardinstruction").setTextContent("0");
        writeCombinedFeedback(question);
        for (AnswerCredit credit : Credits.written(item)) {
            answer(question, credit, "html", HtmlText.escape(credit.answer()));
        }
    }

    private void writeTrueFalse(Element question, QuestionContent item) {
        for (AnswerCredit credit : Credits.written(item)) {
            answer(question, credit, "moodle_auto_format", credit.answer().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void writeNumerical(Element question, QuestionContent item) {
        for (AnswerCredit credit : Credits.written(item)) {
            Element answer = answer(question, credit, "moodle_auto_format", credit.answer());
            if (credit.tolerance() != null) {
                add(answer, "tolerance").setTextContent(credit.tolerance().toPlainString());
            }
        }
    }

    private void writeMatching(Element question, QuestionContent item) {
        add(question, "shuffleanswers").setTextContent("true");
        writeCombinedFeedback(question);
        for (int i = 0; i < item.stems().size(); i++) {
            subquestion(question, HtmlText.escape(item.stems().get(i)), item.keys().get(i));
        }
        for (String distractor : ItemMeta.distractors(item)) {
            subquestion(question, "", distractor);
        }
    }

    private void writeOrdering(Element question, QuestionContent item) {
        add(question, "layouttype").setTextContent("VERTICAL");
        add(question, "selecttype").setTextContent("ALL");
        add(question, "selectcount").setTextContent(Integer.toString(item.keys().size()));
        add(question, "gradingtype").setTextContent("ABSOLUTE_POSITION");
        add(question, "showgrading").setTextContent("SHOW");
        add(question, "numberingstyle").setTextContent("none");
        writeCombinedFeedback(question);
        for (int i = 0; i < item.keys().size(); i++) {
            answer(question, Integer.toString(i + 1), "html", HtmlText.escape(item.keys().get(i)));
        }
    }

    private void writeShortAnswer(Element question, QuestionContent item) {
        add(question, "usecase").setTextContent("0");
        for (AnswerCredit credit : Credits.written(item)) {
            answer(question, credit, "moodle_auto_format", credit.answer());
        }
    }

    /**
     * The correct, partially correct and incorrect feedback (empty) and shownumcorrect, as Moodle's own exporter
     * writes them: Moodle's ordering importer needs shownumcorrect to store the question's hints at all.
     */
    private void writeCombinedFeedback(Element question) {
        for (String name : List.of("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback")) {
            formatted(question, name, "html", "");
        }
        add(question, "shownumcorrect");
    }

    private void writeTags(Element question, List<String> tagTexts) {
        if (tagTexts.isEmpty()) {
            return;
        }
        Element tags = add(question, "tags");
        tagTexts.forEach(tag -> addText(add(tags, "tag"), tag));
    }

    private void subquestion(Element question, String stemHtml, String match) {
        Element subquestion = formatted(question, "subquestion", "html", stemHtml);
        addText(add(subquestion, "answer"), match);
    }

    private Element answer(Element question, String fraction, String format, String text) {
        Element answer = formatted(question, "answer", format, text);
        answer.setAttribute("fraction", fraction);
        return answer;
    }

    private Element answer(Element question, AnswerCredit credit, String format, String text) {
        Element answer = answer(question, Credits.percent(credit.fraction()), format, text);
        if (credit.feedback() != null) {
            formatted(answer, "feedback", "html", HtmlText.escape(credit.feedback()));
        }
        return answer;
    }

    private Element formatted(Element parent, String name, String format, String text) {
        Element element = add(parent, name);
        element.setAttribute("format", format);
        addText(element, text);
        return element;
    }

    private void addText(Element parent, String text) {
        if (NOT_XML_CHAR.matcher(text).find()) {
            throw new InterchangeException("item " + position + ": its text holds a control character XML cannot carry");
        }
        add(parent, "text").setTextContent(text);
    }

    private Element add(Element parent, String name) {
        return (Element) parent.appendChild(document.createElement(name));
    }
}
