package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class MoodleXmlWriterTest {

    private static XmlQueries export(QuestionContent item) {
        String xml = Interchange.export(Format.MOODLE_XML, new SetInfo("Agincourt", "Set <one>"), List.of(item)).text();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>"), xml);
        return new XmlQueries(xml);
    }

    private static final String Q = "/quiz/question[2]";

    @Test
    void setBecomesACategoryQuestionFirst() {
        XmlQueries xml = export(SampleItems.cloze());
        assertEquals("category", xml.one("/quiz/question[1]/@type"));
        assertEquals("$course$/top/Agincourt", xml.one("/quiz/question[1]/category/text"));
        assertEquals("Set &lt;one&gt;", xml.one("/quiz/question[1]/info/text"));
    }

    @Test
    void singleChoiceIsMultichoiceSingleWithOneFullAnswer() {
        XmlQueries xml = export(SampleItems.singleChoice());
        assertEquals("multichoice", xml.one(Q + "/@type"));
        assertEquals("true", xml.one(Q + "/single"));
        assertEquals(List.of("0", "100", "0", "0"), xml.all(Q + "/answer/@fraction"));
        assertEquals("&lt;b&gt;Hezbollah&lt;/b&gt;", xml.one(Q + "/answer[2]/text"));
    }

    @Test
    void multipleSelectSharesPlusAndMinusHundred() {
        XmlQueries xml = export(SampleItems.multipleSelect());
        assertEquals("false", xml.one(Q + "/single"));
        List<Double> fractions = xml.all(Q + "/answer/@fraction").stream().map(Double::valueOf).toList();
        assertEquals(100.0, fractions.stream().filter(f -> f > 0).mapToDouble(f -> f).sum(), 0.001);
        assertEquals(-100.0, fractions.stream().filter(f -> f < 0).mapToDouble(f -> f).sum(), 0.001);
        assertEquals(List.of("50", "50", "-25", "-25", "-25", "-25"), xml.all(Q + "/answer/@fraction"));
    }

    @Test
    void trueFalseMarksTheRightAnswer() {
        XmlQueries xml = export(SampleItems.trueFalse());
        assertEquals("truefalse", xml.one(Q + "/@type"));
        assertEquals("100", xml.one(Q + "/answer[text='true']/@fraction"));
        assertEquals("0", xml.one(Q + "/answer[text='false']/@fraction"));
    }

    @Test
    void numericCarriesItsTolerance() {
        XmlQueries xml = export(SampleItems.numeric());
        assertEquals("numerical", xml.one(Q + "/@type"));
        assertEquals("-8500", xml.one(Q + "/answer/text"));
        assertEquals("1500.5", xml.one(Q + "/answer/tolerance"));
    }

    @Test
    void dateIsANumericalYearTaggedAsDate() {
        XmlQueries xml = export(SampleItems.isoDate());
        assertEquals("numerical", xml.one(Q + "/@type"));
        assertEquals("1415", xml.one(Q + "/answer/text"));
        assertEquals("0", xml.one(Q + "/answer/tolerance"));
        assertTrue(xml.all(Q + "/tags/tag/text").containsAll(List.of("bq-type:date", "bq-date:1415-10-25")));
    }

    @Test
    void matchingWritesPairsThenDistractorsWithEmptyText() {
        XmlQueries xml = export(SampleItems.matching());
        assertEquals("matching", xml.one(Q + "/@type"));
        assertEquals(List.of("Henry V", "Charles d'Albret", "Pavičić", ""), xml.all(Q + "/subquestion/text"));
        assertEquals(List.of("England & Wales", "France", "Croatia", "Rome"), xml.all(Q + "/subquestion/answer/text"));
    }

    @Test
    void orderingWritesTheRightOrderWithPositionsAsFractions() {
        XmlQueries xml = export(SampleItems.ordering());
        assertEquals("ordering", xml.one(Q + "/@type"));
        assertEquals(List.of("Muye", "Asculum {279 BC}", "Agincourt", "Stalingrad"), xml.all(Q + "/answer/text"));
        assertEquals(List.of("1", "2", "3", "4"), xml.all(Q + "/answer/@fraction"));
        assertEquals("ALL", xml.one(Q + "/selecttype"));
    }

    @Test
    void clozeIsShortAnswerWithTheBlankAndEveryAnswerAtFullCredit() {
        XmlQueries xml = export(SampleItems.cloze());
        assertEquals("shortanswer", xml.one(Q + "/@type"));
        assertTrue(xml.one(Q + "/questiontext/text").contains("____"));
        assertEquals(List.of("100", "100", "100"), xml.all(Q + "/answer/@fraction"));
    }

    @Test
    void feedbackHoldsExplanationAndQuotedSourceAndTagsHoldMetadata() {
        XmlQueries xml = export(SampleItems.singleChoice());
        String feedback = xml.one(Q + "/generalfeedback/text");
        assertTrue(feedback.startsWith("Hezbollah fought beside the Syrian Army; 1 &lt; 2 &amp; 3 &gt; 2."), feedback);
        assertTrue(feedback.contains("Source: <q>The battle was fought in Al-Qusayr[12] \"near Homs\".</q>"), feedback);
        assertEquals(List.of("bq-fact:kind-single_choice", "bq-difficulty:0.35", "bq-generator:gen-test"),
                xml.all(Q + "/tags/tag/text"));
    }

    @Test
    void controlCharacterXmlCannotCarryIsReportedWithItsPosition() {
        QuestionContent item = SampleItems.item(QuestionType.CLOZE, "Bell \u0007 ____",
                List.of(), List.of(), List.of("x"), null, null, null);
        InterchangeException refused = assertThrows(InterchangeException.class,
                () -> Interchange.export(Format.MOODLE_XML, SetInfo.titled("t"), List.of(SampleItems.cloze(), item)));
        assertEquals("item 2: its text holds a control character XML cannot carry", refused.getMessage());
    }

    /** Moodle refuses (on import) any answer fraction that is not one of its grade options. */
    private static final List<Double> MOODLE_GRADES = List.of(1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5,
            0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571, 0.125, 0.1111111, 0.1, 0.05, 0.0);

    @Test
    void multipleSelectFractionsAreGradesMoodleAccepts() {
        for (int optionCount = 2; optionCount <= 10; optionCount++) {
            for (int rightCount = 1; rightCount <= optionCount; rightCount++) {
                List<String> options = IntStream.range(0, optionCount).mapToObj(i -> "o" + i).toList();
                QuestionContent item = SampleItems.item(QuestionType.MULTIPLE_SELECT, "Pick", List.of(), options,
                        options.subList(0, rightCount), null, null, null);
                for (String fraction : export(item).all(Q + "/answer/@fraction")) {
                    double grade = Math.abs(Double.parseDouble(fraction) / 100);
                    assertTrue(MOODLE_GRADES.stream().anyMatch(allowed -> Math.abs(allowed - grade) < 0.00001),
                            () -> fraction + " for " + options.size() + " options");
                }
            }
        }
    }
}
