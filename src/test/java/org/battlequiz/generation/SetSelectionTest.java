package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

/** A set offers each fact once in its best form, best items first, without giveaways or worn-out distractors. */
class SetSelectionTest {
    private static final FactRef YEAR = FactRef.of("date", "date", Fixtures.line("Date12 May 1461", 3));
    private static final FactRef LEADER = FactRef.of("commander:edward", "commander", Fixtures.line("Edward Henry", 7));

    private static final int FILLERS = 12;

    private static List<QuestionContent> choose(List<Draft> drafts) {
        return SetSelection.choose(drafts, new HashMap<>()).stream().map(s -> s.draft().content()).toList();
    }

    @Test
    void aYearIsAskedOnceInTheFormThatSuitsItBest() {
        DateValue year = DateValue.parse("1461").orElseThrow();
        List<Draft> drafts = new ArrayList<>(fillers(FILLERS));
        drafts.add(Items.trueFalse(YEAR, "The Battle of Oakfield was fought in 1461.", true, "", 0.4));
        drafts.add(Items.singleChoice(YEAR, "When was the Battle of Oakfield fought?", "1461",
                List.of("1460", "1459", "1470"), new Random(1), 0.4));
        drafts.add(Items.date(YEAR, "In which year was the Battle of Oakfield fought?", year, 0, 0.4));
        List<QuestionContent> qs = choose(drafts).stream().filter(q -> q.factKind().equals("date")).toList();
        assertEquals(1, qs.size());
        assertEquals(QuestionType.DATE, qs.get(0).type());
    }

    @Test
    void aThinArticleStillAsksEachFactOnce() {
        DateValue year = DateValue.parse("1461").orElseThrow();
        List<QuestionContent> qs = choose(List.of(
                Items.trueFalse(YEAR, "The Battle of Oakfield was fought in 1461.", true, "", 0.4),
                Items.date(YEAR, "In which year was the Battle of Oakfield fought?", year, 0, 0.4)));
        assertEquals(1, qs.size(), qs::toString);
    }

    private static List<Draft> fillers(int count) {
        List<Draft> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(Items.singleChoice(FactRef.of("filler:" + i, "body", LEADER.source()), "Who led band " + i + "?",
                    "Leader " + i, List.of("Other " + i, "Third " + i, "Fourth " + i), new Random(i), 0.4));
        }
        return out;
    }

    @Test
    void aTrueStatementThatNamesAnotherItemsAnswerKeepsOnlyTheBetterItem() {
        FactRef body = FactRef.of("body:1", "body", Fixtures.line("Edward of March led the Yorkists.", 11));
        List<Draft> drafts = new ArrayList<>(fillers(FILLERS));
        drafts.addAll(List.of(
                Items.singleChoice(LEADER, "Who led the House of York?", "Edward of March",
                        List.of("Henry Beaufort", "Richard Neville", "Jasper Tudor"), new Random(1), 0.4),
                Items.cloze(body, "____ was crowned after Oakfield, and Edward of March led the Yorkists.", List.of("Edward IV"), 0.5)));
        List<QuestionContent> qs = choose(drafts);
        assertEquals(FILLERS + 1, qs.size(), qs::toString);
        assertTrue(qs.stream().noneMatch(q -> q.type() == QuestionType.CLOZE), qs::toString);
    }

    @Test
    void noDistractorServesInMoreThanTwoItems() {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            drafts.add(Items.singleChoice(FactRef.of("commander:" + i, "commander", LEADER.source()), "Who led side " + i + "?",
                    "Leader " + i, List.of("Stock Figure", "Other " + i, "Third " + i), new Random(i), 0.4));
        }
        List<QuestionContent> qs = choose(drafts);
        assertEquals(2, qs.stream().filter(q -> q.options().contains("Stock Figure")).count());
    }

    @Test
    void theGeneratedSetOffersAtMostOneItemPerFactBestFirst() {
        GenerationResult r = new QuestionGenerator().generate(Fixtures.oakfield(), List.of(OtherBattles.stAlbansLike()), 3);
        assertEquals(r.questions().size(), r.scores().size());
        for (int i = 1; i < r.scores().size(); i++) {
            assertTrue(r.scores().get(i - 1).value() >= r.scores().get(i).value(), r.scores()::toString);
        }
        long dateItems = r.questions().stream().filter(q -> q.factKind().equals("date")
                && q.explanation().startsWith("The Battle of Oakfield was fought")).count();
        assertTrue(dateItems <= 2, r.questions()::toString);
    }

    @Test
    void aLowScoreSaysWhy() {
        Draft unsure = Items.trueFalse(LEADER.withConfidence(0.55), "Edward of March led the House of York.", true, "", 0.4);
        ItemScore score = ItemScorer.score(unsure);
        assertTrue(score.value() < 0.6, score::toString);
        assertTrue(score.reasons().stream().anyMatch(r -> r.contains("unsure")), score::toString);
        assertTrue(score.reasons().stream().anyMatch(r -> r.contains("true/false")), score::toString);
        Draft marked = Items.singleChoice(LEADER, "Who led the House of York[3]?", "Edward of March",
                List.of("Henry Beaufort", "Richard Neville", "Jasper Tudor"), new Random(1), 0.4);
        assertTrue(ItemScorer.score(marked).reasons().contains("markup left in the text"));
    }

    @Test
    void trueAndFalseAreKeyedAboutEquallyOften() {
        int trues = 0;
        int all = 0;
        for (Corpus.Article a : Corpus.all()) {
            for (QuestionContent q : new QuestionGenerator().generate(a.parsed(), Corpus.bank(), 11).questions()) {
                if (q.type() == QuestionType.TRUE_FALSE) {
                    all++;
                    trues += q.keys().get(0).equals(Items.TRUE) ? 1 : 0;
                }
            }
        }
        double share = (double) trues / all;
        assertTrue(share > 0.4 && share < 0.6, trues + " of " + all + " keyed True");
    }

    @Test
    void theBattlesTurnKeepsTrueAndFalseLevel() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of());
        Set<Integer> gaps = new HashSet<>();
        int balance = 0;
        for (int i = 0; i < 20; i++) {
            balance += battle.nextTruth() ? 1 : -1;
            gaps.add(Math.abs(balance));
        }
        assertFalse(gaps.stream().anyMatch(g -> g > 1), gaps::toString);
    }

    @Test
    void aSetAsksAFewFiguresNotEveryCountOfEverySnapshot() {
        List<Draft> drafts = new ArrayList<>(fillers(FILLERS));
        for (int i = 0; i < 8; i++) {
            drafts.add(Items.numeric(FactRef.of("strength:" + i, "strength", LEADER.source()),
                    "How many men of band " + i + " were there?", Figure.exact(1000L * (i + 1)), 0.5));
        }
        long figures = choose(drafts).stream().filter(q -> q.factKind().equals("strength")).count();
        assertEquals(SetSelection.MAX_PER_KIND.get("strength"), (int) figures);
    }

    @Test
    void theDatesAreAskedOnceWhereEachExplanationGivesTheYearAndTheCommandersAFewTimes() {
        DateValue year = DateValue.parse("1461").orElseThrow();
        List<Draft> drafts = new ArrayList<>();
        drafts.add(Items.date(YEAR, "In which year did the Battle of Oakfield begin?", year, 0, 0.4));
        drafts.add(Items.date(FactRef.of("dateEnd", "date", YEAR.source()), "In which year did it end?", year, 0, 0.4));
        drafts.add(Items.numeric(FactRef.of("duration", "date", YEAR.source()), "How many days did it last?",
                Figure.exact(3), 0.5));
        for (int i = 0; i < 8; i++) {
            drafts.add(Items.trueFalse(FactRef.of("commander:" + i, "commander", LEADER.source()),
                    "Leader " + i + " fought for the House of York.", i % 2 == 0, "", 0.4));
        }
        List<QuestionContent> qs = choose(drafts);
        assertEquals(1, qs.stream().filter(q -> q.factKind().equals("date")).count(), qs::toString);
        assertEquals(SetSelection.MAX_PER_KIND.get("commander"),
                (int) qs.stream().filter(q -> q.factKind().equals("commander")).count(), qs::toString);
    }

    @Test
    void anExplanationThatGivesAnotherItemsDateKeepsOnlyOneOfThem() {
        String fought = "The Battle of Oakfield began on 10 May 1461 and ended on 12 May 1461.";
        FactRef start = FactRef.of("date", "date", YEAR.source()).stating(fought);
        FactRef end = FactRef.of("dateEnd", "date", YEAR.source()).stating(fought);
        FactRef size = FactRef.of("strength:york", "strength", LEADER.source())
                .stating("The House of York had 12,500 men at the Battle of Oakfield.");
        FactRef body = FactRef.of("body:2", "body", Fixtures.line("About 12,500 men marched north.", 12));
        List<Draft> drafts = new ArrayList<>(fillers(FILLERS));
        drafts.add(Items.date(start, "In which year did the Battle of Oakfield begin?",
                DateValue.parse("1461").orElseThrow(), 0, 0.4));
        drafts.add(Items.singleChoice(end, "On what date did the Battle of Oakfield end?", "12 May 1461",
                List.of("2 May 1461", "20 May 1461", "12 June 1461"), new Random(1), 0.4));
        drafts.add(Items.numeric(size, "How many men did the House of York have?", Figure.exact(12_500), 0.5));
        drafts.add(Items.cloze(body, "About ____ men marched north.", List.of("12,500"), 0.5));
        List<QuestionContent> qs = choose(drafts);
        assertEquals(1, qs.stream().filter(q -> q.factKind().equals("date")).count(), qs::toString);
        assertEquals(FILLERS + 3, qs.size(), "a figure an explanation quotes is not a date: " + qs);
    }

    /** Six facts, each drafted as a false statement first and a true one after it. */
    private static List<Draft> bothWays() {
        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FactRef fact = FactRef.of("camp:" + i, "location", LEADER.source());
            drafts.add(Items.trueFalse(fact, "Camp " + i + " stood on the hill at Oakfield.", false, "", 0.4));
            drafts.add(Items.trueFalse(fact, "Camp " + i + " stood by the river at Oakfield.", true, "", 0.4));
        }
        return drafts;
    }

    @Test
    void trueFalseItemsKeyTrueAndFalseAlike() {
        for (boolean trueOnTie : List.of(true, false)) {
            List<QuestionContent> qs = SetSelection.choose(bothWays(), new HashMap<>(), trueOnTie).stream()
                    .map(s -> s.draft().content()).toList();
            assertEquals(6, qs.size());
            assertEquals(3, qs.stream().filter(q -> q.keys().equals(List.of(Items.TRUE))).count(), qs::toString);
        }
    }

    @Test
    void aSetOfOneTrueFalseItemKeysTheArticlesCoin() {
        List<Draft> one = bothWays().subList(0, 2);
        assertEquals(List.of(Items.TRUE), SetSelection.choose(one, new HashMap<>(), true).get(0).draft().content().keys());
        assertEquals(List.of(Items.FALSE), SetSelection.choose(one, new HashMap<>(), false).get(0).draft().content().keys());
    }

    @Test
    void everyTrueFalseFactIsDraftedAsATrueAndAFalseStatement() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of(OtherBattles.stAlbansLike()));
        Map<String, Set<String>> keysByFact = new HashMap<>();
        for (ItemStrategy strategy : List.of(new OutcomeItems(), new CommanderItems(), new FateItems(), new SideItems(),
                new DateItems(), new SettingItems(), new StrengthItems())) {
            strategy.drafts(battle, new Random(5)).stream().filter(d -> d.content().type() == QuestionType.TRUE_FALSE)
                    .forEach(d -> keysByFact.computeIfAbsent(d.fact().id() + "|" + d.content().factKind(),
                            k -> new HashSet<>()).addAll(d.content().keys()));
        }
        assertTrue(keysByFact.size() >= 3, keysByFact::toString);
        keysByFact.forEach((fact, keys) -> assertEquals(Set.of(Items.TRUE, Items.FALSE), keys, fact));
    }
}
