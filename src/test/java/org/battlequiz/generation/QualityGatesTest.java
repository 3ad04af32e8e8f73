package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.battlequiz.article.SourceLine;
import org.junit.jupiter.api.Test;

class QualityGatesTest {
    private static final SourceLine LINE = new SourceLine(4, "Henry V of England Charles d'Albret †", List.of("2"));
    private static final FactRef FACT = FactRef.of("commander:henry", "commander", LINE);

    private static Draft choice(String prompt, String key, List<String> distractors) {
        return Items.singleChoice(FACT, prompt, key, distractors, new Random(1), 0.5);
    }

    private static Optional<String> check(Draft draft) {
        return new QualityGates().check(draft);
    }

    @Test
    void aSoundItemPasses() {
        assertEquals(Optional.empty(), check(choice("Who led the English army?", "Henry V", List.of("Charles d'Albret", "Harold II"))));
    }

    @Test
    void selectAllThatApplyNeedsTwoWrongOptions() {
        Draft oneWrong = Items.multipleSelect(FACT, "Which of these led the English army? Select all that apply.",
                List.of("Henry V", "Thomas Erpingham", "Edward of York"), List.of("Charles d'Albret"), new Random(1), 0.5);
        Draft twoWrong = Items.multipleSelect(FACT, "Which of these led the English army? Select all that apply.",
                List.of("Henry V", "Thomas Erpingham"), List.of("Charles d'Albret", "Jean le Maingre"), new Random(1), 0.5);
        assertEquals(Optional.of(QualityGates.TOO_FEW_OPTIONS), check(oneWrong));
        assertEquals(Optional.empty(), check(twoWrong));
    }

    @Test
    void optionsThatDifferOnlyInCaseOrSpacingAreDropped() {
        assertEquals(Optional.of(QualityGates.DUPLICATE_OPTIONS),
                check(choice("Who led the English army?", "Henry V", List.of("henry  v", "Harold II"))));
    }

    @Test
    void aDistractorThatIsAlsoRightIsDropped() {
        Draft draft = choice("Who led the English army?", "Henry V", List.of("Thomas Erpingham", "Harold II"))
                .alsoRight(List.of("Thomas Erpingham"));
        assertEquals(Optional.of(QualityGates.NOT_ONE_CORRECT), check(draft));
    }

    @Test
    void aStemContainingTheAnswerIsDropped() {
        assertEquals(Optional.of(QualityGates.GIVES_AWAY),
                check(choice("Which king, Henry V, led the army?", "Henry V", List.of("Charles VI", "Harold II"))));
        assertEquals(Optional.of(QualityGates.GIVES_AWAY),
                check(choice("Who led the forces of England?", "Henry V of England", List.of("Charles VI", "Harold II"))));
    }

    @Test
    void aLowConfidenceFactIsDropped() {
        Draft draft = Items.trueFalse(FACT.withConfidence(QualityGates.MIN_CONFIDENCE - 0.1), "Henry V led England.",
                true, "", 0.3);
        assertEquals(Optional.of(QualityGates.LOW_CONFIDENCE), check(draft));
    }

    @Test
    void aContestedFigureWithoutItsClaimantIsDropped() {
        Draft unnamed = Items.numeric(FACT, "How many rebels were killed?", Figure.exact(1257), 0.5)
                .claimedBy("government claim");
        assertEquals(Optional.of(QualityGates.UNNAMED_CLAIMANT), check(unnamed));
        Draft named = Items.numeric(FACT, "According to the government claim, how many rebels were killed?",
                Figure.exact(1257), 0.5).claimedBy("government claim");
        assertEquals(Optional.empty(), check(named));
    }

    @Test
    void theSameFactTestedTheSameWayTwiceIsDroppedTheSecondTime() {
        QualityGates gates = new QualityGates();
        assertEquals(Optional.empty(), gates.check(Items.trueFalse(FACT, "Henry V led England.", true, "", 0.3)));
        assertEquals(Optional.of(QualityGates.SAME_FACT_SAME_WAY),
                gates.check(Items.trueFalse(FACT, "Henry V led England.", true, "", 0.3)));
    }

    @Test
    void anUnsourcedItemIsDropped() {
        Draft draft = Items.trueFalse(FactRef.of("x", "date", null), "It was fought in 1415.", true, "", 0.3);
        assertTrue(check(draft).filter(QualityGates.UNSOURCED::equals).isPresent());
    }

    @Test
    void aSideDependentItemNeedsASurerAttributionThanAnyOther() {
        FactRef unsureSide = new FactRef("commander:x", "commander", FACT.source(), 0.6);
        Draft sideItem = Items.trueFalse(unsureSide, "Osric Hale led the Southern Crown.", true, "", 0.3);
        assertEquals(Optional.of(QualityGates.LOW_CONFIDENCE), new QualityGates().check(sideItem));
        FactRef unsureDate = new FactRef("date", "date", FACT.source(), 0.6);
        assertEquals(Optional.empty(), new QualityGates().check(
                Items.trueFalse(unsureDate, "The Battle of Brookmere was fought in 1312.", true, "", 0.3)));
    }

    @Test
    void aMatchOfCommandersToSidesIsAsSureAsItsLeastSureCommander() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of());
        assertEquals(0.9, battle.attributionConfidence(true));
    }
}
