package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.generation.QuestionGenerator;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class CardBuilderTest {
    private final CardBuilder builder = new CardBuilder();

    private static QuestionContent item(QuestionType type, String prompt, List<String> options, List<String> keys,
                                        Double tolerance, String source, String kind) {
        return new QuestionContent(type, prompt, List.of(), options, keys, tolerance, "Because the line says so.",
                source, kind, null, "test");
    }

    private static List<CardSource> numbered(QuestionContent... items) {
        List<CardSource> sources = new ArrayList<>();
        for (int i = 0; i < items.length; i++) {
            sources.add(new CardSource(100 + i, items[i]));
        }
        return sources;
    }

    @Test
    void aYearAskedAsADateAsAChoiceAndAsATrueStatementIsOneCard() {
        String line = "Date circa 312 BC[4]";
        List<Flashcard> cards = builder.build(numbered(
                item(QuestionType.SINGLE_CHOICE, "When was the battle at the ford?", List.of("310 BC", "312 BC"),
                        List.of("312 BC"), null, line, "date"),
                item(QuestionType.DATE, "In which year was the battle at the ford?", List.of(), List.of("-312"), null,
                        line, "date"),
                item(QuestionType.TRUE_FALSE, "The battle at the ford was fought in 312 BC.", List.of("True", "False"),
                        List.of("True"), null, line, "date")));
        assertEquals(1, cards.size());
        Flashcard card = cards.get(0);
        assertEquals("In which year was the battle at the ford?", card.front());
        assertEquals("312 BC", card.answer());
        assertEquals(line, card.source());
        assertEquals(Set.of(100L, 101L, 102L), Set.copyOf(card.questionIds()));
    }

    @Test
    void aTrueStatementJoinsTheCardWhoseAnswerItRestatesMostPrecisely() {
        String line = "Date 19 May – 5 June 2013";
        List<Flashcard> cards = builder.build(numbered(
                item(QuestionType.DATE, "In which year did the siege begin?", List.of(), List.of("2013"), null, line,
                        "date"),
                item(QuestionType.SINGLE_CHOICE, "On what date did the siege end?", List.of("5 June 2013", "9 June 2013"),
                        List.of("5 June 2013"), null, line, "date"),
                item(QuestionType.TRUE_FALSE, "The siege ended on 5 June 2013.", List.of("True", "False"),
                        List.of("True"), null, line, "date")));
        assertEquals(2, cards.size());
        assertEquals(List.of(100L), cards.get(0).questionIds());
        assertEquals(Set.of(101L, 102L), Set.copyOf(cards.get(1).questionIds()));
    }

    @Test
    void equalFiguresOfDifferentQuestionsOnOneLineStayApart() {
        String line = "1,000 wounded, 1,000 captured (claim)[15]";
        List<Flashcard> cards = builder.build(numbered(
                item(QuestionType.NUMERIC, "How many were wounded at the ford?", List.of(), List.of("1000"), 50.0,
                        line, "casualties"),
                item(QuestionType.NUMERIC, "How many were taken prisoner at the ford?", List.of(), List.of("1000"),
                        50.0, line, "casualties")));
        assertEquals(2, cards.size());
        assertEquals("1,000 (\u00b1 50)", cards.get(0).answer());
        assertTrue(cards.get(0).source().endsWith("[15]"), "the quote keeps its reference marks");
        assertFalse(cards.get(0).factKey().equals(cards.get(1).factKey()));
    }

    @Test
    void aFalseStatementIsItsOwnCardWithTheCorrectionAsNote() {
        QuestionContent statement = new QuestionContent(QuestionType.TRUE_FALSE, "Arven led the river league.",
                List.of(), List.of("True", "False"), List.of("False"), null,
                "False: Arven (WIA) led the hill clans. Source, line 3: \"Arven (WIA)\"",
                "Arven (WIA)", "commander", null, "test");
        Flashcard card = builder.build(List.of(new CardSource(7, statement))).get(0);
        assertEquals("True or false? Arven led the river league.", card.front());
        assertEquals("False", card.answer());
        assertEquals("False: Arven (WIA) led the hill clans.", card.note());
    }

    @Test
    void choicesMatchingAndOrderingShowTheirCuesOnTheFront() {
        QuestionContent matching = new QuestionContent(QuestionType.MATCHING, "Match each commander with their side.",
                List.of("Arven", "Brisa"), List.of("The river league", "The hill clans"),
                List.of("The hill clans", "The river league"), null, null, "Arven Brisa", "commander", null, "t");
        QuestionContent choice = item(QuestionType.SINGLE_CHOICE, "Which of these led the hill clans?",
                List.of("Arven", "Brisa"), List.of("Arven"), null, "Arven", "commander");
        List<Flashcard> cards = builder.build(numbered(matching, choice));
        assertEquals(List.of("Arven", "Brisa"), cards.get(0).cues());
        assertEquals("Arven \u2192 The hill clans; Brisa \u2192 The river league", cards.get(0).answer());
        assertEquals(List.of("Arven", "Brisa"), cards.get(1).cues());
    }

    @Test
    void rebuildingGivesTheSameKeysAndItemsWithoutAKeyGiveNoCard() {
        List<CardSource> items = numbered(
                item(QuestionType.CLOZE, "The ford was held by ____.", List.of(), List.of("Arven"), null, "l", "x"),
                item(QuestionType.SINGLE_CHOICE, "Who won?", List.of("A", "B"), List.of(), null, "l", "outcome"));
        List<Flashcard> first = builder.build(items);
        assertEquals(1, first.size());
        assertEquals(first.get(0).factKey(), builder.build(items).get(0).factKey());
    }

    @Test
    void everyGeneratedItemOfTheShippedArticlesLandsOnExactlyOneCardAndNoFactTwice() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of("questions/articles"))) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path file : files) {
            var parsed = new ArticleParser().parse(Files.readString(file, StandardCharsets.UTF_8));
            List<QuestionContent> items = new QuestionGenerator().generate(parsed, List.of(), 7).questions();
            List<CardSource> sources = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                sources.add(new CardSource(i, items.get(i)));
            }
            List<Flashcard> cards = builder.build(sources);
            List<Long> covered = cards.stream().flatMap(c -> c.questionIds().stream()).sorted().toList();
            assertEquals(sources.stream().map(CardSource::questionId).toList(), covered, file + " covers each item once");
            Set<String> keys = new HashSet<>();
            Set<String> facts = new HashSet<>();
            for (Flashcard card : cards) {
                assertTrue(keys.add(card.factKey()), file + " repeats a card key");
                assertTrue(facts.add(card.front() + "|" + card.answer()), file + " repeats " + card.front());
                assertFalse(card.front().isBlank() || card.answer().isBlank(), file + " has an empty side");
            }
            assertTrue(cards.size() <= items.size(), file + ": restated facts merge, never split");
        }
    }
}
