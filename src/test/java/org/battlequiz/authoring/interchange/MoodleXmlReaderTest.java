package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** Files as Moodle itself writes them: CDATA HTML, per-answer feedback, partial credit, no Battle Quiz tags. */
class MoodleXmlReaderTest {

    private static QuestionContent only(String questionXml) {
        ImportResult result = Interchange.importText(Format.MOODLE_XML, "<?xml version=\"1.0\"?>\n<quiz>" + questionXml + "</quiz>");
        assertEquals(1, result.items().size());
        return result.items().get(0);
    }

    @Test
    void moodleMultichoiceWithHtmlAndFeedbackBecomesSingleChoice() {
        QuestionContent item = only("""
                <question type="multichoice"><name><text>Grant</text></name>
                  <questiontext format="html"><text><![CDATA[<p>Who is buried in <b>Grant's</b> tomb?</p>]]></text></questiontext>
                  <generalfeedback format="html"><text><![CDATA[<p>Nobody &amp; no one.</p>]]></text></generalfeedback>
                  <single>true</single><shuffleanswers>1</shuffleanswers>
                  <answer fraction="100" format="html"><text>no one</text><feedback format="html"><text>Yes</text></feedback></answer>
                  <answer fraction="0" format="html"><text><![CDATA[<p>Grant</p>]]></text></answer>
                </question>""");
        assertEquals(QuestionType.SINGLE_CHOICE, item.type());
        assertEquals("Who is buried in Grant's tomb?", item.prompt());
        assertEquals(List.of("no one", "Grant"), item.options());
        assertEquals(List.of("no one"), item.keys());
        assertEquals("Nobody & no one.", item.explanation());
        assertNull(item.source());
    }

    @Test
    void multichoiceWithSingleFalseTakesEveryPositiveFractionAsKey() {
        QuestionContent item = only("""
                <question type="multichoice"><questiontext format="plain_text"><text>Pick two &lt;now&gt;</text></questiontext>
                  <single>false</single>
                  <answer fraction="50"><text>a</text></answer><answer fraction="-100"><text>b</text></answer>
                  <answer fraction="50"><text>c</text></answer></question>""");
        assertEquals(QuestionType.MULTIPLE_SELECT, item.type());
        assertEquals("Pick two <now>", item.prompt());
        assertEquals(List.of("a", "c"), item.keys());
    }

    @Test
    void shortAnswerWithoutBlankGetsOneAndPartialCreditIsKept() {
        ImportResult result = Interchange.importText(Format.MOODLE_XML, """
                <quiz><question type="shortanswer"><questiontext format="html"><text>Who won at Agincourt?</text></questiontext>
                  <answer fraction="100"><text>England</text></answer><answer fraction="50"><text>Henry</text></answer>
                </question></quiz>""");
        QuestionContent item = result.items().get(0);
        assertEquals(QuestionType.CLOZE, item.type());
        assertEquals("Who won at Agincourt? ____", item.prompt());
        assertEquals(List.of("England"), item.keys());
        assertEquals(List.of(), result.notes());
        assertEquals(List.of("England", "Henry"), item.details().answers().stream().map(a -> a.answer()).toList());
        assertEquals(0.5, item.details().answers().get(1).fraction().doubleValue());
    }

    @Test
    void numericalWithoutTagIsNumericAndKeepsTolerance() {
        QuestionContent item = only("""
                <question type="numerical"><questiontext><text>When was Grant born?</text></questiontext>
                  <answer fraction="100"><text>1822.0</text><tolerance>5</tolerance></answer>
                  <answer fraction="0"><text>*</text></answer></question>""");
        assertEquals(QuestionType.NUMERIC, item.type());
        assertEquals(List.of("1822"), item.keys());
        assertEquals(5.0, item.tolerance());
    }

    @Test
    void matchingWithEmptySubquestionKeepsTheDistractor() {
        QuestionContent item = only("""
                <question type="matching"><questiontext format="html"><text>Capitals</text></questiontext>
                  <subquestion format="html"><text>Canada</text><answer><text>Ottawa</text></answer></subquestion>
                  <subquestion format="html"><text>Italy</text><answer><text>Rome</text></answer></subquestion>
                  <subquestion format="html"><text></text><answer><text>Paris</text></answer></subquestion>
                </question>""");
        assertEquals(List.of("Canada", "Italy"), item.stems());
        assertEquals(List.of("Ottawa", "Rome"), item.keys());
        assertEquals(List.of("Ottawa", "Rome", "Paris"), item.options());
    }

    @Test
    void orderingPluginQuestionTakesDocumentOrderAsTheRightOrder() {
        QuestionContent item = only("""
                <question type="ordering"><questiontext format="html"><text>Put these words in order.</text></questiontext>
                  <layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype><selectcount>0</selectcount>
                  <answer fraction="1.0000000" format="html"><text>Modular</text></answer>
                  <answer fraction="2.0000000" format="html"><text>Object</text></answer>
                  <answer fraction="3.0000000" format="html"><text>Oriented</text></answer></question>""");
        assertEquals(QuestionType.ORDERING, item.type());
        assertEquals(List.of("Modular", "Object", "Oriented"), item.keys());
    }

    @Test
    void trueFalseReadsTheFullCreditAnswer() {
        QuestionContent item = only("""
                <question type="truefalse"><questiontext><text>Grant is buried in Grant's tomb.</text></questiontext>
                  <answer fraction="0"><text>true</text></answer><answer fraction="100"><text>false</text></answer>
                </question>""");
        assertEquals(List.of("False"), item.keys());
        assertEquals(List.of("True", "False"), item.options());
    }

    @Test
    void readsFromAReaderAndTakesTheCategoryAsTitle() {
        ImportResult result = Interchange.importText(Format.MOODLE_XML, new StringReader("""
                <quiz><question type="category"><category><text>$course$/top/Battles//Wars</text></category></question>
                <question type="truefalse"><questiontext><text>T?</text></questiontext>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>"""));
        assertEquals("Battles/Wars", result.title());
        assertEquals(1, result.items().size());
    }

    @Test
    void byteOrderMarkAndCommentsAreAccepted() {
        ImportResult result = Interchange.importText(Format.MOODLE_XML, "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<quiz><!-- question: 1 --><question type=\"truefalse\"><questiontext><text>T?</text></questiontext>"
                + "<answer fraction=\"100\"><text>true</text></answer><answer fraction=\"0\"><text>false</text></answer>"
                + "</question></quiz>");
        assertEquals(List.of("True"), result.items().get(0).keys());
    }
}
