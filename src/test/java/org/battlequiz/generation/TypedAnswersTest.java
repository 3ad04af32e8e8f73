package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.battlequiz.quiz.Grader;
import org.junit.jupiter.api.Test;

/** Typed answers accept what a careful learner types; the gates and the grader read answers the same way. */
class TypedAnswersTest {
    private static final FactRef FACT = FactRef.of("x", "commander", Fixtures.line("Osric Hale", 7));
    private static final List<String> EVERYONE = List.of("Harold Godwinson", "Christian de Castries",
            "Henry V of England", "Harold Hardrada");

    @Test
    void aSurnameAndAParticleFormAreAccepted() {
        List<String> forms = Terms.answers("Christian de Castries", EVERYONE);
        assertTrue(forms.containsAll(List.of("Christian de Castries", "de Castries", "Castries")), forms::toString);
    }

    @Test
    void aFirstNameIsAcceptedOnlyWhenNoOtherCommanderSharesIt() {
        assertTrue(Terms.answers("Aldric Vane", List.of("Aldric Vane", "Osric Hale")).contains("Aldric"));
        assertFalse(Terms.answers("Harold Godwinson", EVERYONE).contains("Harold"));
        assertTrue(Terms.answers("Harold Godwinson", EVERYONE).contains("Godwinson"));
    }

    @Test
    void aRegnalNameKeepsItsNumberAndPlace() {
        List<String> forms = Terms.answers("Henry V of England", EVERYONE);
        assertFalse(forms.contains("England") || forms.contains("V") || forms.contains("Henry"), forms::toString);
    }

    @Test
    void theGraderAcceptsTheShortFormsOfAClozeKey() {
        QuestionContent q = Items.cloze(FACT, "The fort was held by ____ until May.",
                Terms.answers("Christian de Castries", EVERYONE), 0.5).content();
        Grader grader = new Grader();
        assertEquals(1.0, grader.grade(q, List.of("de Castries")));
        assertEquals(1.0, grader.grade(q, List.of("castries")));
        assertEquals(0.0, grader.grade(q, List.of("Christian")));
    }

    @Test
    void aBcYearSaysHowToTypeItAndTheGraderReadsIt() {
        DateValue year = DateValue.parse("-605").orElseThrow();
        String prompt = "In which year was the Battle of Karsh fought?" + DateItems.bcHint(year);
        assertTrue(prompt.contains("BC"), prompt);
        QuestionContent q = Items.date(FACT, prompt, year, 0, 0.4).content();
        assertTrue(new QualityGates().check(new Draft(q, FACT)).isEmpty());
        assertEquals(1.0, new Grader().grade(q, List.of("605 BC")));
        assertEquals(0.0, new Grader().grade(q, List.of("605")));
    }

    @Test
    void aLargeExactFigureIsAChoiceAndARoundOneIsTypedWithItsPrecision() {
        QuestionContent exact = Items.figure(FACT, "How many men did the Vell March have?", Figure.exact(13_781),
                new Random(1), 0.5).content();
        assertEquals(QuestionType.SINGLE_CHOICE, exact.type());
        assertTrue(exact.options().contains("13,781"));
        QuestionContent round = Items.figure(FACT, "How many men did the Vell March have?", Figure.exact(12_000),
                new Random(1), 0.5).content();
        assertEquals(QuestionType.NUMERIC, round.type());
        assertEquals(500.0, round.tolerance());
        QuestionContent range = Items.figure(FACT, "How many men did the Vell March have?", new Figure(71_000, 75_000, false),
                new Random(1), 0.5).content();
        assertEquals(1.0, new Grader().grade(range, List.of("72,500")));
    }

    @Test
    void optionsTheGraderWouldTakeForOneAnotherAreNotDistinct() {
        assertFalse(QualityGates.distinct(List.of("The Royalists", "Royalists", "Parliamentarians")));
        assertFalse(QualityGates.distinct(List.of("St. Albans", "Saint Albans", "Towton")));
        assertTrue(QualityGates.distinct(List.of("Royalists", "Parliamentarians", "Covenanters")));
    }
}
