package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FigureAndAmountTest {

    @Test
    void figuresUnderDatedHeadingsAreSnapshotsNotRivalEstimates() {
        assertTrue(StrengthItems.snapshots("13 March:\n~10,800;\n~9,000 combat personnel\n7 May:\n~14,000;\n"
                + "~12,000 combat personnel"));
        assertFalse(StrengthItems.snapshots("c. 7,000 (Herodotus)\nc. 7,400 (Diodorus)"));
    }

    @Test
    void aLossListWithDrownedIsOneCombinedCategoryNotTheKilled() {
        Amount a = Amount.parse("6,000 killed, drowned, or wounded").get(0);
        assertEquals("killed, drowned, or wounded", a.lossPhrase());
        assertEquals("killed wounded or drowned", Amount.parse("9,000 killed wounded or drowned").get(0).lossPhrase());
        assertTrue(a.combinedLoss());
    }

    @Test
    void aRangeIsAnsweredByItsMidpointWithHalfItsWidthAsTolerance() {
        Amount a = Amount.parse("1,700–2,000 Hezbollah fighters").get(0);
        assertEquals(1850, a.figure().key());
        assertEquals(150, a.figure().tolerance());
        assertEquals("Hezbollah fighters", a.label());
    }

    @Test
    void anApproximateRoundNumberGetsAPrecisionBasedTolerance() {
        Figure about = Amount.parse("About 5,900 (but see Modern re-assessment).").get(0).figure();
        assertTrue(about.approximate());
        assertTrue(about.tolerance() >= 100 && about.tolerance() < 1000, "tolerance " + about.tolerance());
        assertEquals(0, Figure.exact(143_296).tolerance());
    }

    @Test
    void betweenAndIsReadAsARangeAndFractionsAreNotFigures() {
        List<Amount> amounts = Amount.parse("Between 20,000 and 30,000\n5/6 archers, 1/6 dismounted men-at-arms.");
        assertEquals(1, amounts.size());
        assertEquals(20_000, amounts.get(0).figure().low());
        assertEquals(30_000, amounts.get(0).figure().high());
    }

    @Test
    void headingsBecomeTheContextOfTheFiguresBelowThem() {
        List<Amount> amounts = Amount.parse("Initial: 270,000 personnel; 500 tanks; At the time of the counter-offensive: 894 tanks");
        assertEquals("Initial", amounts.get(1).context());
        assertEquals("At the time of the counter-offensive", amounts.get(2).context());
        assertEquals(Optional.of(" at the time of the counter-offensive"), StrengthItems.when(amounts.get(2).context()));
        assertEquals(Optional.of(" initially"), StrengthItems.when(amounts.get(1).context()));
        assertEquals(Optional.empty(), StrengthItems.when("Zulu Impi"), "a heading that cannot be said in a sentence");
    }

    @Test
    void openEndedFiguresAreMarkedAsLowerBounds() {
        assertTrue(Amount.parse("400,000+ Germans").get(0).lowerBound());
        assertTrue(Amount.parse("At least 112 dead").get(0).lowerBound());
        assertFalse(Amount.parse("112 dead").get(0).lowerBound());
    }

    @Test
    void theRightFigureIsNeverTheOneExtremeAmongItsOptions() {
        Figure figure = Figure.exact(87000);
        for (long seed = 0; seed < 40; seed++) {
            List<Long> wrong = figure.distractors(new Random(seed), 3, List.of());
            assertEquals(3, wrong.size());
            assertTrue(wrong.stream().anyMatch(w -> w < 87000) && wrong.stream().anyMatch(w -> w > 87000),
                    "seed " + seed + ": " + wrong);
        }
    }

    @Test
    void aRangeAskedAsAChoiceIsTheKeyAsWrittenAgainstRanges() {
        FactRef fact = FactRef.of("casualties", "casualties", new org.battlequiz.article.SourceLine(3, "x", List.of()));
        org.battlequiz.generation.item.QuestionContent q = StrengthItems.numberChoice(fact, "How many were wounded?",
                new Figure(22285, 22900, false), new Random(4)).content();
        assertEquals("22,285–22,900", q.keys().get(0));
        assertTrue(q.options().stream().allMatch(o -> o.contains("–")), q.options()::toString);
    }

    @Test
    void aFigureTheArticleStatesElsewhereIsNeverAWrongOption() {
        FactRef fact = FactRef.of("strength", "strength", new org.battlequiz.article.SourceLine(3, "x", List.of()));
        boolean offeredWithoutIt = false;
        for (long seed = 0; seed < 40; seed++) {
            List<String> open = StrengthItems.numberChoice(fact, "How many men?", Figure.exact(80000), new Random(seed))
                    .content().options();
            offeredWithoutIt |= open.contains("160,000");
            List<String> options = StrengthItems.numberChoice(fact, "How many men?", Figure.exact(80000),
                    List.of(160000L, 1809L), new Random(seed)).content().options();
            assertTrue(!options.contains("160,000") && options.size() == 4, "seed " + seed + ": " + options);
        }
        assertTrue(offeredWithoutIt, "160,000 is a likely wrong option when the article does not state it");
    }

    @Test
    void anExactFiguresWrongOptionsAreNoRoundMultiplesOfIt() {
        double[] giveaways = {0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 1.25, 1.3, 1.4, 1.5, 1.6, 1.75, 2.0, 2.5};
        for (long seed = 0; seed < 40; seed++) {
            for (long wrong : Figure.exact(7421).distractors(new Random(seed), 3, List.of())) {
                for (double f : giveaways) {
                    assertTrue(wrong != Math.round(7421 * f), "seed " + seed + ": " + wrong + " is 7,421 times " + f);
                }
            }
        }
    }

    @Test
    void rangesOfferedAgainstARangeAreRoundedAsItsEndsAre() {
        Figure figure = new Figure(32000, 35765, false);
        for (long seed = 0; seed < 20; seed++) {
            for (long middle : figure.distractors(new Random(seed), 3, List.of())) {
                String[] ends = StrengthItems.scaledRange(figure, middle).replace(",", "").split("–");
                long low = Long.parseLong(ends[0]);
                assertEquals(0, low % 1000, "seed " + seed + ": " + String.join("–", ends));
                assertTrue(low < Long.parseLong(ends[1]), String.join("–", ends));
            }
        }
        assertEquals("1,110–1,200", StrengthItems.scaledRange(new Figure(1850, 2000, false), 1155));
    }

    @Test
    void noWrongFigureLiesNearAFigureTheArticleStatesElsewhere() {
        Figure figure = new Figure(8000, 8000, false);
        for (long seed = 0; seed < 60; seed++) {
            for (long wrong : figure.distractors(new Random(seed), 3, List.of(19_500L))) {
                assertTrue(Math.abs(wrong - 19_500) >= 975, "seed " + seed + ": " + wrong);
            }
        }
    }

    @Test
    void prisonersOfWarAreAskedAsMenTakenPrisoner() {
        org.battlequiz.article.ParsedArticle article = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battle of Varro Ford", "", "Date15 September 1701", "LocationVarro Ford", "Result Vellish victory",
                "Belligerents", "Velland Ostria", "Commanders and leaders", "Amos Tarr Kenji Orro", "Strength",
                "8,000 11,000", "Casualties and losses", "667 killed", "", "4,000 killed, 1,200 POW", "",
                "The Battle of Varro Ford was fought in the autumn of 1701."));
        List<org.battlequiz.generation.item.QuestionContent> items = Fixtures.items(new CasualtyItems(), article);
        assertTrue(items.stream().anyMatch(q -> q.prompt().contains("on the side of Ostria were taken prisoner")),
                items.stream().map(q -> q.prompt() + " " + q.keys()).toList().toString());
        assertTrue(items.stream().noneMatch(q -> q.prompt().contains("POW")), items.toString());
        assertTrue(items.stream().anyMatch(q -> q.prompt().contains("How many men on the side of")), items.toString());
    }

    /** The casualty prompts of a battle at Varro of that year, with those strength and loss rows. */
    private static List<String> lossPrompts(String year, String strength, String lossesA, String lossesB) {
        org.battlequiz.article.ParsedArticle article = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battle of Varro Ford", "", "Date15 September " + year, "LocationVarro Ford", "Result Vellish victory",
                "Belligerents", "Velland Ostria", "Commanders and leaders", "Amos Tarr Kenji Orro", "Strength",
                strength, "Casualties and losses", lossesA, "", lossesB));
        return Fixtures.items(new CasualtyItems(), article).stream()
                .map(org.battlequiz.generation.item.QuestionContent::prompt).toList();
    }

    @Test
    void lossesOfSidesCountedInAircraftAreAskedAsMenNotSoldiers() {
        List<String> prompts = lossPrompts("1943", "40 bombers 6 destroyers", "13 killed", "2,800 killed");
        assertTrue(prompts.stream().anyMatch(p -> p.contains("How many men on the side of")), prompts::toString);
        assertTrue(prompts.stream().noneMatch(p -> p.contains("soldiers")), prompts::toString);
    }

    @Test
    void lossesOfAModernBattleAreAskedAsSoldiersNotMen() {
        List<String> prompts = lossPrompts("1951", "8,000 11,000", "667 killed", "4,000 killed, 1,200 POW");
        assertTrue(prompts.stream().anyMatch(p -> p.contains("How many soldiers on the side of Ostria were")), prompts::toString);
        assertTrue(prompts.stream().noneMatch(p -> p.contains(" men ")), prompts::toString);
        List<String> listed = Fixtures.items(new CasualtyItems(), new org.battlequiz.article.ArticleParser().parse(
                String.join("\n", "Battle of Varro Ford", "", "Date15 September 1751", "LocationVarro Ford",
                        "Result Vellish victory", "Belligerents", "Velland Ostria", "Commanders and leaders",
                        "Amos Tarr Kenji Orro", "Casualties and losses", "667 killed", "", "3,000 killed, wounded")))
                .stream().map(org.battlequiz.generation.item.QuestionContent::prompt).toList();
        assertTrue(listed.stream().anyMatch(p -> p.contains("on the side of Ostria were killed or wounded")), listed::toString);
    }

    @Test
    void aSubGroupsLossIsNotAskedAsTheSidesWhereATotalIsGiven() {
        org.battlequiz.article.ParsedArticle article = new org.battlequiz.article.ArticleParser().parse(String.join("\n",
                "Battle of Varro Atoll", "", "Date15 September 1944", "LocationVarro Atoll", "Result Vellish victory",
                "Belligerents", "Velland Ostria", "Commanders and leaders", "Amos Tarr Kenji Orro", "Strength",
                "28,000 11,000", "Casualties and losses", "1st Division:", "1,252 killed, 5,274 wounded or missing",
                "81st Division:", "542 killed, 2,736 wounded or missing", "", "Total: 1,794 killed, 8,010 wounded or missing",
                "10,695 killed,", "202 captured", "", "The Battle of Varro Atoll was fought in the autumn of 1944."));
        List<org.battlequiz.generation.item.QuestionContent> items = Fixtures.items(new CasualtyItems(), article);
        assertTrue(items.stream().noneMatch(q -> q.keys().contains("5,274") || q.keys().contains("5274")),
                items.stream().map(q -> q.prompt() + " " + q.keys()).toList().toString());
    }

    @Test
    void aPluralCountIsNeverFalsifiedAsOne() {
        for (long seed = 0; seed < 40; seed++) {
            assertFalse(Figure.exact(2).distractors(new Random(seed), 3, List.of()).contains(1L), "seed " + seed);
        }
    }

    @Test
    void distractorsKeepMagnitudeAndRoundingAndAreNeverAccepted() {
        Figure figure = new Figure(1700, 2000, false);
        for (long seed = 0; seed < 20; seed++) {
            List<Long> wrong = figure.distractors(new Random(seed), 3, List.of());
            assertEquals(3, wrong.size());
            for (long w : wrong) {
                assertFalse(figure.accepts(w), w + " accepted");
                assertTrue(w % 100 == 0 && w >= 600 && w <= 5600, "out of magnitude: " + w);
            }
        }
    }

    @Test
    void roundingUnitKeepsTwoSignificantDigits() {
        assertEquals(1000, Figure.roundingUnit(40_000));
        assertEquals(100, Figure.roundingUnit(5_900));
        assertEquals(1, Figure.roundingUnit(143_296));
    }

    @Test
    void aLabelThatRepeatsTheSidesNameLosesIt() {
        org.battlequiz.article.Side velmar = new org.battlequiz.article.Side(
                List.of(new org.battlequiz.article.NamedEntry("Velmar and its allies", null, 0.9)), List.of(), List.of(),
                null, null);
        assertEquals("troops", StrengthItems.withoutSideName("Velmar troops", velmar));
        assertEquals("Royal Navy ships", StrengthItems.withoutSideName("Royal Navy ships", velmar));
        assertEquals("archers", StrengthItems.withoutSideName("archers", velmar));
        org.battlequiz.article.Side germany = new org.battlequiz.article.Side(
                List.of(new org.battlequiz.article.NamedEntry("Germany", null, 0.9)), List.of(), List.of(), null, null);
        assertEquals("divisions", StrengthItems.withoutSideName("German divisions", germany), "its adjective names it");
    }

    @Test
    void aPartOfTheStrengthIsNeverAskedAsTheWholeForce() {
        org.battlequiz.article.ParsedArticle article = new org.battlequiz.article.ArticleParser().parse(String.join(
                "\n", "Battle of Hollow Ford", "", "Battle of Hollow Ford", "Date 14 October 1806",
                "Location Hollow Ford", "Result Ostran victory", "Belligerents", "Kingdom of Ostra", "",
                "Marn League", "Commanders and leaders", "Aldo Brant", "", "Piet Gundel", "Strength",
                "67,000 40,000 (north ford); 27,000 (south ford)", "", "120,500 60,000 (north ford); 60,500 (south ford)",
                "", "The twin battles of Hollow Ford were fought on 14 October 1806 between Ostra and the League."));
        assertEquals(67000L, article.sides().get(0).strength().max());
        for (long seed = 0; seed < 5; seed++) {
            for (var q : new QuestionGenerator().generate(article, List.of(), seed).questions()) {
                if (q.factKind().equals("strength") && q.prompt().startsWith("How many men did")) {
                    assertFalse(q.keys().contains("27,000") || q.keys().contains("60,500"), q.prompt() + " " + q.keys());
                }
            }
        }
    }
}
