package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class QuestionGeneratorTest {
    private final QuestionGenerator generator = new QuestionGenerator();

    @Test
    void aShortCommanderNameAndASideWithoutFiguresBreakNoStrategy() {
        org.battlequiz.article.ParsedArticle a = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battle of Harl Bay", "", "Battle of Harl Bay", "Part of the Marsh Wars", "Date7 October 1571",
                "LocationHarl Bay", "Result Ostish victory", "Belligerents", "", "Ostmark", "", "Westmark",
                "Commanders and leaders", "Aldo Brenn", "Carl Vey", "Ali ", "Strength", "200 galleys", "", "",
                "The Battle of Harl Bay was fought when the Ostmark fleet attacked the Westmark fleet under Ali and"
                        + " defeated it in the bay after a long battle."));
        GenerationResult result = generator.generate(a, List.of(), 5);
        assertTrue(result.dropped().keySet().stream().noneMatch(k -> k.startsWith(QualityGates.STRATEGY_FAILED)),
                result.dropped()::toString);
    }

    @Test
    void sameArticleAndSeedGiveEqualItems() {
        GenerationResult a = generator.generate(Fixtures.oakfield(), List.of(Fixtures.contested()), 42);
        GenerationResult b = generator.generate(Fixtures.oakfield(), List.of(Fixtures.contested()), 42);
        assertEquals(a, b);
    }

    @Test
    void makesChoiceTrueFalseAndNumericItemsThatCiteTheirSource() {
        GenerationResult result = generator.generate(Fixtures.oakfield(), List.of(), 1);
        Set<QuestionType> types = result.questions().stream().map(QuestionContent::type).collect(Collectors.toSet());
        assertTrue(types.containsAll(Set.of(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE, QuestionType.NUMERIC)),
                types::toString);
        for (QuestionContent q : result.questions()) {
            assertTrue(Fixtures.FIELD_TEXT.contains(q.source()), q::toString);
            assertEquals(QuestionGenerator.VERSION, q.generatorVersion());
        }
    }

    @Test
    void aSparseArticleWithoutBankStillGivesFourValidItems() {
        // a bare infobox and no other battle: no plausible false war or place exists, so those statements are not
        // made, and its two commanders make no matching item (two pairs give each other away)
        List<QuestionContent> items = generator.generate(Fixtures.sparse(), List.of(), 11).questions();
        assertTrue(items.size() >= 4, () -> items.size() + " items: " + items);
        assertTrue(items.stream().noneMatch(q -> q.type() == QuestionType.MATCHING), items::toString);
        assertTrue(items.stream().allMatch(q -> ItemValidator.problems(q, Fixtures.SPARSE_TEXT).isEmpty()),
                items::toString);
    }

    @Test
    void contestedLossesAreAskedInTheNameOfTheirClaimant() {
        List<QuestionContent> losses = generator.generate(Fixtures.contested(), List.of(), 3).questions().stream()
                .filter(q -> "casualties".equals(q.factKind()) && q.prompt().contains("Lancaster")).toList();
        assertEquals(2, losses.size(), losses::toString);
        assertTrue(losses.stream().allMatch(q -> q.prompt().contains(" claim")), losses::toString);
    }
}
