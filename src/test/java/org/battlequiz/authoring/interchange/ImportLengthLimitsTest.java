package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Imported items obey the same length limits as items typed in the form; one that breaks them is skipped, saying why. */
class ImportLengthLimitsTest {

    /** Where the one question that cannot be imported is, and why. */
    private static String failure(Format format, String text) {
        List<ImportedQuestion> skipped = Interchange.importText(format, text).skipped();
        assertEquals(1, skipped.size());
        return skipped.get(0).where() + ": " + skipped.get(0).problem();
    }

    @Test
    void anOverlongGiftQuestionIsRefusedWithTheLimit() {
        String gift = "::fine::Grant is buried in Grant's tomb.{T}\n\n::long::" + "w".repeat(2_001) + "{F}\n";
        assertEquals("line 3: the question can have at most 2000 characters", failure(Format.GIFT, gift));
    }

    @Test
    void anOverlongGiftOptionIsRefusedWithTheLimit() {
        String gift = "Who won at Hastings?{=William ~" + "H".repeat(501) + "}";
        assertEquals("line 1: stems, options and answers can have at most 500 characters each",
                failure(Format.GIFT, gift));
    }

    @Test
    void anOverlongMoodleFeedbackIsRefusedWithTheLimit() {
        String xml = """
                <quiz><question type="truefalse"><name><text>Verbose</text></name>
                  <questiontext><text>Was Agincourt fought in 1415?</text></questiontext>
                  <generalfeedback><text>%s</text></generalfeedback>
                  <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>""".formatted("f".repeat(4_001));
        assertEquals("question 1 \"Verbose\" (type truefalse): the explanation and the source can have at most "
                + "4000 characters each", failure(Format.MOODLE_XML, xml));
    }

    @Test
    void textsAtTheLimitAreImported() {
        String gift = "::edge::" + "w".repeat(2_000) + "{T}\n";
        assertEquals(1, Interchange.importText(Format.GIFT, gift).items().size());
    }
}
