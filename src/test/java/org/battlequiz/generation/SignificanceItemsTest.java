package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.article.BodyFact;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.generation.item.QuestionContent;
import org.junit.jupiter.api.Test;

/** Items on why the battle mattered quote a body sentence on a cause or consequence and blank its key term. */
class SignificanceItemsTest {
    private static final String TREATY = "The defeat at Oakfield led to the Treaty of Marwick, which ceded Kent to the Yorkists.";
    private static final String WITHDRAW = "The loss of 3,000 men forced the House of Lancaster to withdraw beyond the Trent.";
    private static final String PLAIN = "The weather in 1461 was cold and the roads were poor for 300 miles.";

    private static ParsedArticle withBody(String... sentences) {
        ParsedArticle a = Fixtures.oakfield();
        List<BodyFact> body = java.util.Arrays.stream(sentences)
                .map(s -> new BodyFact(BodyFact.BodyFactKind.NUMBER, "1461", s, Fixtures.line(s + "[4]", 30, "4"))).toList();
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), a.result(),
                a.winner(), a.sides(), body, a.fieldSources());
    }

    private static List<QuestionContent> items(ParsedArticle a) {
        return new SignificanceItems().drafts(new Battle(a, List.of()), new Random(2)).stream().map(Draft::content).toList();
    }

    @Test
    void causalCuesAreRecognisedAndPlainSentencesAreNot() {
        assertTrue(SignificanceItems.isCausal(TREATY));
        assertTrue(SignificanceItems.isCausal(WITHDRAW));
        assertTrue(SignificanceItems.isCausal("As a result, the castle was given up."));
        assertFalse(SignificanceItems.isCausal(PLAIN));
    }

    @Test
    void theConsequenceNamedAfterTheCueIsTheBlank() {
        QuestionContent q = items(withBody(TREATY)).get(0);
        assertEquals("Treaty of Marwick", q.keys().get(0));
        assertTrue(q.prompt().contains("led to the ____"), q.prompt());
        assertEquals("significance", q.factKind());
        assertTrue(q.explanation().endsWith("\u201c" + TREATY + "\u201d"), q.explanation());
    }

    @Test
    void aSideForcedToWithdrawIsTheBlankAndPlainSentencesGiveNothing() {
        List<QuestionContent> qs = items(withBody(WITHDRAW, PLAIN));
        assertEquals(1, qs.size(), qs::toString);
        QuestionContent q = qs.get(0);
        assertEquals("House of Lancaster", q.keys().get(0));
        assertTrue(q.prompt().contains("forced the ____ to withdraw"), q.prompt());
    }

    @Test
    void aTermTheSentenceNamesAgainInAnotherFormIsNoBlank() {
        List<QuestionContent> qs = items(withBody("The defeat paved the way for the Treaty of Marwick, signed at "
                + "Marwick Hall by the heirs of both houses."));
        assertTrue(qs.stream().noneMatch(q -> q.keys().contains("Treaty of Marwick")), qs::toString);
    }

    @Test
    void aSentenceThePageCutOffGivesNoItem() {
        assertTrue(items(withBody("The defeat at Oakfield led to the Treaty of Marwick and the capture of Kent (Ke"))
                .isEmpty());
    }

    @Test
    void aSentenceOpeningOnWhatTheSentenceBeforeSaidGivesNoItem() {
        assertTrue(items(withBody("This led to the Treaty of Marwick, which ceded Kent to the Yorkists.")).isEmpty());
    }

    @Test
    void theGeneratorOffersTheSignificanceItem() {
        List<QuestionContent> qs = new QuestionGenerator().generate(withBody(TREATY), List.of(), 1).questions();
        assertTrue(qs.stream().anyMatch(q -> q.factKind().equals("significance")), qs::toString);
    }
}
