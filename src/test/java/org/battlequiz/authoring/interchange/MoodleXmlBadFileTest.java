package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MoodleXmlBadFileTest {
    private static final String GOOD = """
            <question type="truefalse"><name><text>Fine</text></name><questiontext><text>T?</text></questiontext>
              <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer></question>
            """;

    /** Why the file, or else its first skipped question, cannot be imported. */
    private static String failure(String xml) {
        try {
            ImportResult result = Interchange.importText(Format.MOODLE_XML, xml);
            assertFalse(result.skipped().isEmpty(), "something must be refused");
            ImportedQuestion skipped = result.skipped().get(0);
            return skipped.where() + ": " + skipped.problem();
        } catch (InterchangeException e) {
            return e.getMessage();
        }
    }

    @Test
    void answerWithoutFractionIsNamedWithItsQuestion() {
        String message = failure("<quiz>" + GOOD + GOOD + """
                <question type="multichoice"><name><text>Broken</text></name><questiontext><text>Q</text></questiontext>
                  <answer fraction="100"><text>a</text></answer><answer><text>b</text></answer></question></quiz>""");
        assertEquals("question 3 \"Broken\" (type multichoice): <answer> 2 has no fraction", message);
    }

    @Test
    void fractionThatIsNotANumberIsNamed() {
        String message = failure("""
                <quiz><question type="shortanswer"><questiontext><text>Q ____</text></questiontext>
                  <answer fraction="full"><text>a</text></answer></question></quiz>""");
        assertEquals("question 1 (type shortanswer): <answer> 1 has fraction 'full', not a number", message);
    }

    @Test
    void oneBadQuestionImportsNothing() {
        String message = failure("<quiz>" + GOOD + """
                <question type="numerical"><questiontext><text>How many?</text></questiontext>
                  <answer fraction="100"><text>many</text></answer></question></quiz>""");
        assertEquals("question 2 (type numerical): <answer> 1 is 'many', not a number", message);
    }

    @Test
    void unsupportedTypeIsRefusedByName() {
        String message = failure("<quiz><question type=\"essay\"><questiontext><text>Discuss</text></questiontext></question></quiz>");
        assertTrue(message.startsWith("question 1 (type essay): this question type cannot be imported"), message);
    }

    @Test
    void choiceWithoutRightAnswerIsRefused() {
        String message = failure("""
                <quiz><question type="multichoice"><questiontext><text>Q</text></questiontext>
                  <answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question></quiz>""");
        assertEquals("question 1 (type multichoice): no <answer> has fraction 100", message);
    }

    @Test
    void missingQuestionTextIsRefused() {
        assertEquals("question 1 (type truefalse): it has no <questiontext>",
                failure("<quiz><question type=\"truefalse\"><answer fraction=\"100\"><text>true</text></answer></question></quiz>"));
    }

    @Test
    void dateTagOnANonNumericalQuestionIsRefused() {
        String message = failure("<quiz>" + GOOD.replace("</question>",
                "<tags><tag><text>bq-type:date</text></tag></tags></question>") + "</quiz>");
        assertEquals("question 1 \"Fine\" (type truefalse): it is marked as a date but is not a numerical question", message);
    }

    @Test
    void badOptionOrderTagIsRefused() {
        String message = failure("<quiz>" + GOOD.replace("</question>",
                "<tags><tag><text>bq-order:0-0</text></tag></tags></question>") + "</quiz>");
        assertEquals("question 1 \"Fine\" (type truefalse): option order '0-0' repeats 0", message);
    }

    @Test
    void malformedXmlNamesTheLine() {
        String message = failure("<quiz>\n<question type=\"truefalse\">\n<questiontext><text>T?</questiontext>\n</quiz>");
        assertTrue(message.startsWith("line 3, column "), message);
        assertTrue(message.contains("not well-formed XML"), message);
    }

    @Test
    void wrongRootElementIsNamed() {
        assertEquals("the root element is <html>, but a Moodle XML file has <quiz>", failure("<html><body/></html>"));
    }

    @Test
    void fileWithoutQuestionsIsRefused() {
        assertEquals("the file holds no questions", failure("<quiz></quiz>"));
    }

    @Test
    void externalEntityPayloadIsRefusedBeforeAnyFileIsRead() {
        String message = failure("""
                <?xml version="1.0"?>
                <!DOCTYPE quiz [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <quiz><question type="shortanswer"><questiontext><text>&xxe; ____</text></questiontext>
                  <answer fraction="100"><text>a</text></answer></question></quiz>""");
        assertTrue(message.contains("DOCTYPE"), message);
        assertTrue(!message.contains("root:"), message);
    }

    @Test
    void entityExpansionBombIsRefused() {
        String message = failure("""
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">]>
                <quiz>&lol2;</quiz>""");
        assertTrue(message.contains("DOCTYPE"), message);
    }

    @Test
    void externalDtdIsRefused() {
        String message = failure("<?xml version=\"1.0\"?>\n<!DOCTYPE quiz SYSTEM \"http://127.0.0.1:9/evil.dtd\">\n<quiz/>");
        assertTrue(message.startsWith("line 2, column "), message);
        assertTrue(message.contains("DOCTYPE"), message);
    }

    @Test
    void toleranceThatIsNotANumberIsNamed() {
        assertEquals("question 1 (type numerical): <answer> 1 has tolerance 'some', not a number", failure("""
                <quiz><question type="numerical"><questiontext><text>How many?</text></questiontext>
                  <answer fraction="100"><text>5</text><tolerance>some</tolerance></answer></question></quiz>"""));
    }

    @Test
    void subquestionWithoutAnswerIsNamed() {
        assertEquals("question 1 (type matching): <subquestion> 2 has no <answer> text", failure("""
                <quiz><question type="matching"><questiontext><text>Match</text></questiontext>
                  <subquestion><text>a</text><answer><text>1</text></answer></subquestion>
                  <subquestion><text>b</text></subquestion></question></quiz>"""));
    }

    @Test
    void trueFalseAnswerThatSaysSomethingElseIsNamed() {
        assertEquals("question 1 (type truefalse): <answer> 2 says 'perhaps', not true or false", failure("""
                <quiz><question type="truefalse"><questiontext><text>T?</text></questiontext>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>perhaps</text></answer>
                </question></quiz>"""));
    }

    @Test
    void orderingWithOneItemIsRefused() {
        assertEquals("question 1 (type ordering): it needs at least 2 <answer>, it has 1", failure("""
                <quiz><question type="ordering"><questiontext><text>Order</text></questiontext>
                  <answer fraction="1"><text>only</text></answer></question></quiz>"""));
    }

    @Test
    void shortAnswerWithTwoBlanksBreaksTheItemContract() {
        assertEquals("question 1 (type shortanswer): a short-answer question needs exactly one blank ____ in its text",
                failure("""
                <quiz><question type="shortanswer"><questiontext><text>____ and ____</text></questiontext>
                  <answer fraction="100"><text>a</text></answer></question></quiz>"""));
    }
}
