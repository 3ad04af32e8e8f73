package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.Random;
import org.battlequiz.article.ArticleParser;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class OutcomeAndSideItemsTest {

    private static List<QuestionContent> items(ItemStrategy strategy, ParsedArticle article) {
        return strategy.drafts(new Battle(article, List.of()), new Random(5)).stream().map(Draft::content).toList();
    }

    private static ParsedArticle inconclusive() {
        ParsedArticle a = Fixtures.oakfield();
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), "Inconclusive", null,
                a.sides(), a.bodyFacts(), a.fieldSources());
    }

    @Test
    void outcomeOptionsComeFromTheClosedVocabularyWithTheWinnerSwapped() {
        QuestionContent q = items(new OutcomeItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.SINGLE_CHOICE).findFirst().orElseThrow();
        assertEquals("Decisive victory for the House of York", q.keys().get(0));
        assertTrue(q.options().containsAll(List.of("Decisive victory for the House of Lancaster", "Inconclusive",
                "Pyrrhic victory for the House of York")), q.options()::toString);
    }

    @Test
    void aWonBattleTheArticleCallsInconclusiveNeverOffersNeitherSideAsWrong() {
        ParsedArticle a = Fixtures.oakfield();
        List<org.battlequiz.article.BodyFact> facts = new java.util.ArrayList<>(a.bodyFacts());
        facts.add(new org.battlequiz.article.BodyFact(org.battlequiz.article.BodyFact.BodyFactKind.SENTENCE, null,
                "It was a bloody and strategically inconclusive battle.", facts.get(0).source()));
        ParsedArticle called = new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), a.winner(), a.sides(), facts, a.fieldSources());
        List<QuestionContent> qs = items(new OutcomeItems(), called);
        assertTrue(!qs.isEmpty() && qs.stream().noneMatch(q -> q.options().stream()
                .anyMatch(o -> o.startsWith("Neither side") || o.equals("Inconclusive"))), qs::toString);
    }

    @Test
    void aResultThatWeighsTheBattleTwoWaysIsNotAskedAsWhoWon() {
        for (String mixed : List.of("Tactically inconclusive; strategic House of York victory",
                "Tactical House of Lancaster victory, strategic House of York victory",
                "House of York victory; House of Lancaster victory at the ford")) {
            assertTrue(items(new OutcomeItems(), Fixtures.withResult(mixed)).isEmpty(), mixed);
        }
        String twoWays = "Tactical House of York victory; Strategically inconclusive";
        assertTrue(items(new SideItems(), Fixtures.withResult(twoWays)).stream()
                .noneMatch(q -> q.prompt().contains("winning side")), twoWays);
        assertTrue(!items(new OutcomeItems(), Fixtures.withResult("Decisive House of York victory; Lancaster retreats"))
                .isEmpty());
    }

    @Test
    void victorsNamedTogetherByTheResultAreBothNamedEvenWhenTheColumnBoundaryWasGuessed() {
        // The Belligerents label is lost, so the column boundary is a guess.
        ParsedArticle siege = new ArticleParser().parse(String.join("\n",
                "Siege of Port Calder", "", "Part of the War of the Narrow Seas", "DateMarch 3 – April 2, 1779",
                "LocationPort Calder", "Result", "", "Franco-American victory", "", "", " United States", "",
                " France", "", " Great Britain", "", "Commanders and leaders", "", "Luis Ortega", "Henri Valmont", "",
                "Edward Pike", "", "The siege of Port Calder was fought in 1779 and the British garrison surrendered."));
        QuestionContent q = items(new OutcomeItems(), siege).stream()
                .filter(i -> i.prompt().startsWith("Which side won")).findFirst().orElseThrow();
        assertEquals("United States and France", q.keys().get(0));
        assertTrue(q.options().contains("Great Britain"), q.options()::toString);
    }

    @Test
    void partiesListedAsSupportingOrAllegedAreNeitherNamedAsASideNorAskedAbout() {
        ParsedArticle raid = new ArticleParser().parse(String.join("\n",
                "Battle of Tarn Gate", "", "Part of the Tarn Wars", "Date3 October 1903", "LocationTarn Gate",
                "Result Vellish victory", "Belligerents", "Vellmark", "Mercenaries from:", "Ostria", "Kethic League",
                "Supported by:", "Sarn Empire", "Alleged: Durn Brotherhood", "Commanders and leaders", "Ada Morn",
                "Ulric Sand", "Bela Fisk", "", "The Battle of Tarn Gate was fought between Vellmark and the Kethic"
                        + " League; the Vellish army won."));
        List<NamedEntry> kethic = raid.sides().get(1).belligerents();
        assertEquals(List.of(false, true, true), kethic.stream().map(NamedEntry::supporting).toList(), kethic::toString);
        assertTrue(raid.sides().get(0).belligerents().stream().noneMatch(e -> e.name().startsWith("Mercenaries")));
        Battle battle = new Battle(raid, List.of());
        assertEquals("Kethic League", battle.sideLabel(1).orElseThrow());
        List<QuestionContent> all = new java.util.ArrayList<>(items(new SideItems(), raid));
        all.addAll(items(new OutcomeItems(), raid));
        assertTrue(all.stream().noneMatch(q -> (q.prompt() + q.options() + q.keys()).matches("(?s).*(Sarn|Durn).*")),
                all::toString);
    }

    @Test
    void anInconclusiveBattleHasInconclusiveAsKeyAndNoTrueWinnerStatement() {
        List<QuestionContent> qs = items(new OutcomeItems(), inconclusive());
        assertEquals("Inconclusive", qs.get(0).keys().get(0));
        QuestionContent tf = qs.stream().filter(i -> i.type() == QuestionType.TRUE_FALSE).findFirst().orElseThrow();
        assertEquals("False", tf.keys().get(0));
    }

    @Test
    void withOneLeaderASideTheLeadersAreNotAskedAsASelectionFilledWithGeneralsOfOtherBattles() {
        ParsedArticle oakfield = Fixtures.oakfield();
        Side york = oakfield.sides().get(0);
        Side alone = new Side(york.belligerents(), york.commanders().subList(0, 1), york.units(), york.strength(),
                york.casualties());
        ParsedArticle a = new ParsedArticle(oakfield.title(), oakfield.partOf(), oakfield.dateStart(),
                oakfield.dateEnd(), oakfield.location(), oakfield.result(), oakfield.winner(),
                List.of(alone, oakfield.sides().get(1)), oakfield.bodyFacts(), oakfield.fieldSources());
        for (long seed = 0; seed < 5; seed++) {
            List<QuestionContent> lone = new SideItems().drafts(new Battle(a, List.of()), new Random(seed)).stream()
                    .map(Draft::content).toList();
            assertTrue(lone.stream().noneMatch(q -> q.prompt().startsWith("Which of these commanders")), lone::toString);
            assertTrue(lone.stream().anyMatch(q -> q.prompt().startsWith("Which of these groups and leaders")),
                    lone::toString);
            List<QuestionContent> two = new SideItems().drafts(new Battle(oakfield, List.of()), new Random(seed))
                    .stream().map(Draft::content).toList();
            assertTrue(two.stream().anyMatch(q -> q.prompt().startsWith("Which of these commanders")), two::toString);
        }
    }

    /** A state of the same time and region may have sent men, or be filler: the options are the battle's own. */
    @Test
    void whoFoughtOnTheWinningSideIsAskedAmongTheBattlesOwnBelligerentsOnly() {
        ParsedArticle oakfield = Fixtures.oakfield();
        List<Side> sides = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Side side = oakfield.sides().get(i);
            List<NamedEntry> belligerents = new java.util.ArrayList<>(side.belligerents());
            belligerents.add(new NamedEntry(i == 0 ? "Kent Marches" : "Duchy of Orrin",
                    side.belligerents().get(0).source(), 0.9));
            sides.add(new Side(belligerents, side.commanders(), side.units(), side.strength(), side.casualties()));
        }
        ParsedArticle a = new ParsedArticle(oakfield.title(), oakfield.partOf(), oakfield.dateStart(),
                oakfield.dateEnd(), oakfield.location(), oakfield.result(), oakfield.winner(), sides,
                oakfield.bodyFacts(), oakfield.fieldSources());
        ParsedArticle bank = OtherBattles.battle("Battle of Reed Hill", "Salt War", "1461-06-02", "Reed Hill",
                "Piet Varn", "Duchy of Wessmoor", "Edric Osk", "Reed Crown");
        Set<String> own = Set.of("House of York", "Kent Marches", "House of Lancaster", "Duchy of Orrin");
        for (long seed = 0; seed < 8; seed++) {
            List<QuestionContent> items = new SideItems().drafts(new Battle(a, List.of(bank)), new Random(seed))
                    .stream().map(Draft::content).filter(q -> q.prompt().startsWith("Which of these fought")).toList();
            assertTrue(!items.isEmpty() && items.stream().allMatch(q -> own.containsAll(q.options())),
                    items::toString);
        }
        List<QuestionContent> twoStates = new SideItems().drafts(new Battle(oakfield, List.of(bank)), new Random(1))
                .stream().map(Draft::content).filter(q -> q.prompt().startsWith("Which of these fought")).toList();
        assertTrue(twoStates.stream().allMatch(q -> q.options().size() < 4), twoStates::toString);
    }

    @Test
    void aQuoteThatSetsTheSidesAgainstEachOtherLeavesOutABelligerentOfADoubtedColumn() {
        ParsedArticle oakfield = Fixtures.oakfield();
        Side lancaster = oakfield.sides().get(1);
        List<NamedEntry> belligerents = new java.util.ArrayList<>(List.of(new NamedEntry("Kent Marches",
                lancaster.belligerents().get(0).source(), 0.6)));
        belligerents.addAll(lancaster.belligerents());
        ParsedArticle a = new ParsedArticle(oakfield.title(), oakfield.partOf(), oakfield.dateStart(),
                oakfield.dateEnd(), oakfield.location(), oakfield.result(), oakfield.winner(),
                List.of(oakfield.sides().get(0), new Side(belligerents, lancaster.commanders(), lancaster.units(),
                        lancaster.strength(), lancaster.casualties())), oakfield.bodyFacts(), oakfield.fieldSources());
        assertEquals("Belligerents: House of York against House of Lancaster", new Battle(a, List.of()).belligerentsRow());
    }

    @Test
    void winningSideSelectionHasTheWinnersAsKeys() {
        QuestionContent ms = items(new SideItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.MULTIPLE_SELECT && i.factKind().equals("commander"))
                .findFirst().orElseThrow();
        assertTrue(List.of("Edward of March", "Richard Neville").containsAll(ms.keys()), ms::toString);
        assertTrue(ms.options().contains("Henry Beaufort"));
    }

    @Test
    void theTwoSoleBelligerentsAreNeverAskedWhetherTheyFoughtEachOther() {
        List<String> statements = items(new SideItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.TRUE_FALSE).map(QuestionContent::prompt).toList();
        assertEquals(List.of(), statements);
    }

    @Test
    void eachPairOfOpponentsAmongAlliesIsStatedOnlyOnce() {
        List<String> statements = items(new SideItems(), withAllies(true)).stream()
                .filter(i -> i.type() == QuestionType.TRUE_FALSE).map(QuestionContent::prompt).toList();
        assertEquals(statements.size(), statements.stream().distinct().count(), statements::toString);
        assertTrue(!statements.isEmpty());
    }

    @Test
    void whoFoughtAgainstTheOtherSidesFirstNamedBelligerentIsNeverAsked() {
        List<String> statements = items(new SideItems(), withAllies(false)).stream()
                .filter(i -> i.type() == QuestionType.TRUE_FALSE).map(QuestionContent::prompt).toList();
        assertFalse(statements.isEmpty());
        assertTrue(statements.stream().allMatch(t -> t.startsWith("The House of Lancaster")
                && t.contains("the Duchy of Burgundy")), statements::toString);
    }

    /** Oakfield with Burgundy beside York, and Scotland beside Lancaster when both sides have allies. */
    private static ParsedArticle withAllies(boolean bothSides) {
        ParsedArticle a = Fixtures.oakfield();
        List<Side> sides = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Side side = a.sides().get(i);
            List<NamedEntry> allies = new java.util.ArrayList<>(side.belligerents());
            if (i == 0 || bothSides) {
                allies.add(new NamedEntry(i == 0 ? "Duchy of Burgundy" : "Kingdom of Scotland",
                        side.belligerents().get(0).source(), 0.9));
            }
            sides.add(new Side(allies, side.commanders(), side.units(), side.strength(), side.casualties()));
        }
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), a.result(),
                a.winner(), sides, a.bodyFacts(), a.fieldSources());
    }

    @Test
    void matchingPairsEachCommanderWithTheOutcomeOfTheSideThatListsThem() {
        QuestionContent m = items(new SideItems(), Fixtures.oakfield()).stream()
                .filter(i -> i.type() == QuestionType.MATCHING).findFirst().orElseThrow();
        for (int i = 0; i < m.stems().size(); i++) {
            String expected = m.stems().get(i).equals("Henry Beaufort") ? "The losing side" : "The winning side";
            assertEquals(expected, m.keys().get(i));
        }
    }
}
