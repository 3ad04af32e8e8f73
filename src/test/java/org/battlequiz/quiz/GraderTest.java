package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class GraderTest {
    private final Grader grader = new Grader();

    private static QuestionContent item(QuestionType type, List<String> stems, List<String> options, List<String> keys,
                                        Double tolerance) {
        return new QuestionContent(type, "prompt", stems, options, keys, tolerance, null, "source line", "kind", null, "t");
    }

    private static QuestionContent item(QuestionType type, List<String> keys, Double tolerance) {
        return item(type, List.of(), List.of(), keys, tolerance);
    }

    @Test
    void singleChoiceNeedsTheKey() {
        QuestionContent q = item(QuestionType.SINGLE_CHOICE, List.of("North"), null);
        assertEquals(1, grader.grade(q, List.of("North")));
        assertEquals(0, grader.grade(q, List.of("South")));
        assertEquals(0, grader.grade(q, List.of()));
    }

    @Test
    void trueFalseIgnoresCase() {
        assertEquals(1, grader.grade(item(QuestionType.TRUE_FALSE, List.of("False"), null), List.of("false")));
    }

    @Test
    void multipleSelectGivesPartialCreditAndPenalisesWrongChoices() {
        QuestionContent q = item(QuestionType.MULTIPLE_SELECT, List.of(), List.of("A", "B", "C", "D"),
                List.of("A", "B"), null);
        assertEquals(1, grader.grade(q, List.of("A", "B")));
        assertEquals(0.5, grader.grade(q, List.of("A")));
        assertEquals(0, grader.grade(q, List.of("A", "C")));
        assertEquals(0, grader.grade(q, List.of("C", "D")));
    }

    @Test
    void numericAcceptsWithinToleranceAndThousandsSeparators() {
        QuestionContent q = item(QuestionType.NUMERIC, List.of("1900"), 100.0);
        assertEquals(1, grader.grade(q, List.of("1,900")));
        assertEquals(1, grader.grade(q, List.of("2000")));
        assertEquals(0, grader.grade(q, List.of("2001")));
        assertEquals(0, grader.grade(q, List.of("many")));
    }

    @Test
    void numericWithoutToleranceNeedsTheExactNumber() {
        QuestionContent q = item(QuestionType.NUMERIC, List.of("-5"), null);
        assertEquals(1, grader.grade(q, List.of("\u22125")));
        assertEquals(0, grader.grade(q, List.of("5")));
    }

    @Test
    void dateYearsAcceptBcNotationAndTolerance() {
        QuestionContent bc = item(QuestionType.DATE, List.of("-279"), null);
        assertEquals(1, grader.grade(bc, List.of("279 BC")));
        assertEquals(1, grader.grade(bc, List.of("-279")));
        assertEquals(0, grader.grade(bc, List.of("279")));
        QuestionContent near = item(QuestionType.DATE, List.of("1415"), 1.0);
        assertEquals(1, grader.grade(near, List.of("AD 1416")));
        assertEquals(0, grader.grade(near, List.of("1417")));
    }

    @Test
    void fullDatesMustMatchExactly() {
        QuestionContent q = item(QuestionType.DATE, List.of("1642-10-23"), null);
        assertEquals(1, grader.grade(q, List.of("1642-10-23")));
        assertEquals(0, grader.grade(q, List.of("1642-10-24")));
    }

    @Test
    void matchingGivesCreditPerRightPair() {
        QuestionContent q = item(QuestionType.MATCHING, List.of("x", "y", "z"), List.of("1", "2", "3"),
                List.of("1", "2", "3"), null);
        assertEquals(1, grader.grade(q, List.of("1", "2", "3")));
        assertEquals(1.0 / 3, grader.grade(q, List.of("1", "3", "2")), 1e-9);
        assertEquals(0, grader.grade(q, List.of("", "", "")));
    }

    @Test
    void orderingGivesCreditPerItemInItsPlace() {
        QuestionContent q = item(QuestionType.ORDERING, List.of(), List.of("b", "a", "c", "d"),
                List.of("a", "b", "c", "d"), null);
        assertEquals(1, grader.grade(q, List.of("a", "b", "c", "d")));
        assertEquals(0.5, grader.grade(q, List.of("b", "a", "c", "d")));
    }

    @Test
    void clozeIsLenientAboutCaseAccentsPunctuationAndAliases() {
        QuestionContent q = item(QuestionType.CLOZE, List.of("Peñaranda de Duero", "Penaranda"), null);
        assertEquals(1, grader.grade(q, List.of("penaranda de duero")));
        assertEquals(1, grader.grade(q, List.of("  Peñaranda-de-Duero! ")));
        assertEquals(1, grader.grade(q, List.of("PENARANDA")));
        assertEquals(0, grader.grade(q, List.of("Duero")));
        assertEquals(0, grader.grade(q, List.of("")));
    }

    @Test
    void typedAnswersIgnoreLigaturesApostrophesAmpersandsAndCommonAbbreviations() {
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("Łódź"), null), List.of("lodz")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("Straßburg"), null), List.of("Strassburg")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("Ærø"), null), List.of("aero")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("O'Donnell"), null), List.of("ODonnell")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("O\u2019Donnell"), null), List.of("o'donnell")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("Ships & Men"), null), List.of("ships and men")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("Saint-Quentin"), null), List.of("St. Quentin")));
        assertEquals(1, grader.grade(item(QuestionType.CLOZE, List.of("Mount Badon"), null), List.of("Mt Badon")));
        assertEquals(0, grader.grade(item(QuestionType.CLOZE, List.of("Saint-Quentin"), null), List.of("Quentin")));
    }

    @Test
    void yearsWrittenWithDottedEraAbbreviationsAreRead() {
        assertEquals(1, grader.grade(item(QuestionType.DATE, List.of("9"), null), List.of("A.D. 9")));
        assertEquals(1, grader.grade(item(QuestionType.DATE, List.of("-216"), null), List.of("216 B.C.")));
    }

    @Test
    void aParenthesisedQualifierOfTheKeyMayBeLeftOut() {
        QuestionContent q = item(QuestionType.CLOZE, List.of("Varro (consul)", "Gaius Terentius Varro"), null);
        assertEquals(1, grader.grade(q, List.of("Varro")));
        assertEquals(1, grader.grade(q, List.of("varro (consul)")));
        assertEquals(1, grader.grade(q, List.of("Gaius Terentius Varro")));
        assertEquals(0, grader.grade(q, List.of("consul")));
    }

    @Test
    void itemWithoutKeyScoresNothing() {
        assertEquals(0, grader.grade(item(QuestionType.CLOZE, List.of(), null), List.of("anything")));
    }
}
