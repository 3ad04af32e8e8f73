package org.battlequiz.authoring.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GiftBadFileTest {
    private static final String GOOD = "::ok::Grant is buried in Grant's tomb.{T}\n\n";

    /** Why the file, or else its first skipped question, cannot be imported. */
    private static String failure(String gift) {
        try {
            ImportResult result = Interchange.importText(Format.GIFT, gift);
            assertFalse(result.skipped().isEmpty(), "something must be refused");
            ImportedQuestion skipped = result.skipped().get(0);
            return skipped.where() + ": " + skipped.problem();
        } catch (InterchangeException e) {
            return e.getMessage();
        }
    }

    @Test
    void unclosedAnswerBlockNamesItsLine() {
        assertEquals("line 3: the answer block '{' is never closed by '}'", failure(GOOD + "Who won?{=England ~France\n"));
    }

    @Test
    void secondAnswerBlockIsRefused() {
        assertEquals("line 1: there is more than one {...} block; write a literal brace as \\{ or \\}",
                failure("Who {won}?{=England ~France}"));
    }

    @Test
    void questionWithoutAnswersIsRefused() {
        assertEquals("line 4: there is no answer block {...}; descriptions are not imported",
                failure(GOOD + "\nJust a description."));
    }

    @Test
    void essayIsRefused() {
        assertEquals("line 1: an empty {} is an essay question, which cannot be imported", failure("Discuss.{}"));
    }

    @Test
    void unclosedNameIsRefused() {
        assertEquals("line 1: the question name has no closing ::", failure("::Name Who?{T}"));
    }

    @Test
    void matchingPairWithoutArrowIsRefused() {
        assertEquals("line 1: the matching pair 'Italy Rome' has no ->", failure("Match.{=Canada -> Ottawa =Italy Rome}"));
    }

    @Test
    void numericalAnswerThatIsNotANumberIsRefused() {
        assertEquals("line 3: the numerical answer 'many:2' is not a number", failure(GOOD + "How many?{#many:2}"));
    }

    @Test
    void twoEqualsAnswersInAChoiceAreRefused() {
        assertEquals("line 1: 2 answers are marked right with =; a multiple select gives each right answer a "
                + "~%weight% instead", failure("Pick.{=a =b ~c}"));
    }

    @Test
    void choiceWithoutRightAnswerIsRefused() {
        assertEquals("line 1: no answer is marked right with = or a positive %weight%", failure("Pick.{~%-50%a ~b}"));
    }

    @Test
    void matchingWithOnePairBreaksTheItemContract() {
        assertEquals("line 1: a matching question needs at least two pairs", failure("Match.{=Canada -> Ottawa = -> Rome}"));
    }

    @Test
    void badOptionOrderTagIsNamedWithItsQuestion() {
        assertEquals("line 4: option order '1-7' has a bad index '7'",
                failure(GOOD + "// [tag:bq-order:1-7] [tag:easy]\nT?{T}"));
    }

    @Test
    void dateMarkerOnAChoiceIsRefused() {
        assertEquals("line 2: it is marked as a date but is not a numerical question", failure("// [tag:bq-type:date]\nPick.{=a ~b}"));
    }

    @Test
    void emptyFileIsRefused() {
        assertEquals("the file holds no questions", failure("// only a comment\n\n"));
    }
}
