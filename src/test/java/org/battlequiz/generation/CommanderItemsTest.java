package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.battlequiz.article.Commander;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class CommanderItemsTest {

    @Test
    void withOneOpponentAndOnlyABattleCenturiesAwayNoChoiceIsDraftedRatherThanOneFilledWithStrangers() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of(OtherBattles.hastingsLike()));
        for (long seed = 0; seed < 10; seed++) {
            List<Draft> drafts = new CommanderItems().drafts(battle, new Random(seed));
            assertTrue(drafts.stream().map(Draft::content).noneMatch(q -> q.type() == QuestionType.SINGLE_CHOICE
                    && q.prompt().contains("winning side")), drafts::toString);
            assertTrue(drafts.stream().map(Draft::content).anyMatch(q -> q.type() == QuestionType.SINGLE_CHOICE
                    && q.prompt().contains("losing side")), drafts::toString);
            assertTrue(drafts.stream().anyMatch(d -> d.content().type() == QuestionType.TRUE_FALSE), drafts::toString);
        }
    }

    @Test
    void commandersOfABattleCenturiesAwayGiveWayToTheOtherSide() {
        Battle battle = new Battle(OtherBattles.stAlbansLike(), List.of(OtherBattles.hastingsLike()));
        for (long seed = 0; seed < 10; seed++) {
            QuestionContent q = yorkistCommanderChoice(battle, seed);
            assertEquals(4, q.options().size(), q::toString);
            assertFalse(q.options().contains("William of Normandy") || q.options().contains("Harold Godwinson"),
                    q::toString);
            List<String> fitting = new java.util.ArrayList<>(List.of("Edmund Beaufort", "Henry Percy", "Thomas Clifford"));
            fitting.addAll(battle.eraCommanders());
            fitting.addAll(q.keys());
            assertTrue(fitting.containsAll(q.options()), q::toString);
            assertTrue(q.options().stream().anyMatch(List.of("Edmund Beaufort", "Henry Percy", "Thomas Clifford")::contains),
                    q::toString);
        }
    }

    @Test
    void commandersOfANearBattleInTheBankComeFirst() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of(OtherBattles.hastingsLike(), OtherBattles.stAlbansLike()));
        for (long seed = 0; seed < 10; seed++) {
            QuestionContent q = yorkistCommanderChoice(battle, seed);
            assertFalse(q.options().contains("William of Normandy") || q.options().contains("Harold Godwinson"),
                    q::toString);
            assertEquals(2, q.options().stream().filter(o -> List.of("Richard of York", "Earl of Salisbury",
                    "Edmund Beaufort", "Henry Percy", "Thomas Clifford").contains(o)).count(), q::toString);
        }
    }

    @Test
    void aFalseCommanderStatementPutsTheCommanderOnTheOtherSide() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of());
        for (long seed = 0; seed < 10; seed++) {
            for (Draft d : new CommanderItems().drafts(battle, new Random(seed))) {
                QuestionContent q = d.content();
                if (q.type() == QuestionType.TRUE_FALSE && q.prompt().startsWith("Henry Beaufort")) {
                    assertEquals(q.prompt().contains("losing side") ? "True" : "False", q.keys().get(0));
                }
            }
        }
    }

    @Test
    void aKilledCommanderIsAskedAboutWithExclusiveFates() {
        Battle battle = new Battle(Fixtures.oakfield("Edward of March Henry Beaufort (KIA)"), List.of());
        QuestionContent q = new FateItems().drafts(battle, new Random(2)).get(0).content();
        assertEquals("Killed in action", q.keys().get(0));
        assertFalse(q.options().contains("Wounded"));
        assertEquals(4, q.options().size());
    }

    @Test
    void aCommanderWhoSurrenderedIsSaidToHaveSurrenderedNotToHaveBeenTakenPrisoner() {
        ParsedArticle a = Fixtures.oakfield("Edward of March Henry Beaufort Surrendered");
        Side lancaster = a.sides().get(1);
        Commander beaufort = lancaster.commanders().get(0);
        Side surrendering = new Side(lancaster.belligerents(), List.of(new Commander(beaufort.name(), "POW",
                beaufort.source(), beaufort.confidence())), lancaster.units(), lancaster.strength(), lancaster.casualties());
        Battle battle = new Battle(new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(),
                a.result(), a.winner(), List.of(a.sides().get(0), surrendering), a.bodyFacts(), a.fieldSources()),
                List.of());
        List<QuestionContent> items = new FateItems().drafts(battle, new Random(2)).stream().map(Draft::content).toList();
        QuestionContent choice = items.stream().filter(q -> q.type() == QuestionType.SINGLE_CHOICE).findFirst()
                .orElseThrow();
        assertEquals("Surrendered", choice.keys().get(0));
        assertFalse(choice.options().contains("Taken prisoner"));
        assertTrue(items.stream().noneMatch(q -> q.prompt().contains("taken prisoner")
                || q.explanation().contains("taken prisoner")), items::toString);
    }

    @Test
    void anItemAskedByTheOutcomeSaysInItsExplanationWhichSideWon() {
        Battle battle = new Battle(OtherBattles.stAlbansLike(), List.of());
        for (long seed = 0; seed < 4; seed++) {
            List<QuestionContent> byOutcome = new CommanderItems().drafts(battle, new Random(seed)).stream()
                    .map(Draft::content).filter(q -> q.prompt().contains("winning side") || q.prompt().contains("losing side"))
                    .toList();
            assertFalse(byOutcome.isEmpty());
            assertTrue(byOutcome.stream().allMatch(q -> q.explanation().contains(", the winning side,")
                    || q.explanation().contains(", the losing side,")), byOutcome::toString);
        }
    }

    @Test
    void theQuotedRowKeepsTheStatusMarkAsTheArticlePrintsIt() {
        Battle battle = new Battle(Fixtures.oakfield("Edward of March Henry Beaufort (KIA)"), List.of());
        QuestionContent q = new FateItems().drafts(battle, new Random(2)).get(0).content();
        assertTrue(q.explanation().contains("Henry Beaufort (KIA)\u201d"), q.explanation());
    }

    @Test
    void aDaggerAloneIsNotAskedAsAFateForItCannotTellKilledFromDiedOfWounds() {
        assertTrue(new FateItems().drafts(new Battle(Fixtures.oakfield(), List.of()), new Random(2)).isEmpty());
    }

    /** A commander the parser is unsure stood in the other column is no wrong option for this one. */
    @Test
    void anOpponentOfADoubtedColumnIsNoWrongOption() {
        org.battlequiz.article.ParsedArticle sure = OtherBattles.stAlbansLike();
        org.battlequiz.article.Side lancaster = sure.sides().get(1);
        List<org.battlequiz.article.Commander> doubted = lancaster.commanders().stream()
                .map(c -> c.name().equals("Henry Percy") ? new org.battlequiz.article.Commander(c.name(), c.note(),
                        c.source(), 0.6) : c).toList();
        org.battlequiz.article.ParsedArticle a = new org.battlequiz.article.ParsedArticle(sure.title(), sure.partOf(),
                sure.dateStart(), sure.dateEnd(), sure.location(), sure.result(), sure.winner(),
                List.of(sure.sides().get(0), new org.battlequiz.article.Side(lancaster.belligerents(), doubted,
                        lancaster.units(), lancaster.strength(), lancaster.casualties())), sure.bodyFacts(),
                sure.fieldSources());
        Battle battle = new Battle(a, List.of(OtherBattles.hastingsLike()));
        for (long seed = 0; seed < 10; seed++) {
            QuestionContent q = yorkistCommanderChoice(battle, seed);
            assertFalse(q.options().contains("Henry Percy"), q::toString);
        }
    }

    private static QuestionContent yorkistCommanderChoice(Battle battle, long seed) {
        return new CommanderItems().drafts(battle, new Random(seed)).stream().map(Draft::content)
                .filter(i -> i.type() == QuestionType.SINGLE_CHOICE && i.prompt().contains("winning side")).findFirst()
                .orElseThrow();
    }

    @Test
    void aCommanderWhoseNameSharesAWordWithABelligerentIsNotAskedAbout() {
        org.battlequiz.article.ParsedArticle a = Fixtures.oakfield();
        org.battlequiz.article.Side york = a.sides().get(0);
        org.battlequiz.article.Commander edward = york.commanders().get(0);
        org.battlequiz.article.Side renamed = new org.battlequiz.article.Side(york.belligerents(),
                List.of(new org.battlequiz.article.Commander("Edward of York", null, edward.source(), 0.9),
                        york.commanders().get(1)), york.units(), york.strength(), york.casualties());
        org.battlequiz.article.ParsedArticle changed = new org.battlequiz.article.ParsedArticle(a.title(), a.partOf(),
                a.dateStart(), a.dateEnd(), a.location(), a.result(), a.winner(), List.of(renamed, a.sides().get(1)),
                a.bodyFacts(), a.fieldSources());
        List<QuestionContent> items = Fixtures.items(new CommanderItems(), changed);
        assertTrue(items.stream().noneMatch(q -> q.prompt().contains("Edward of York")), items::toString);
        assertTrue(items.stream().noneMatch(q -> q.keys().contains("Edward of York")), items::toString);
        assertTrue(items.stream().anyMatch(q -> q.prompt().contains("Richard Neville")), items::toString);
    }

    @Test
    void generalsOfAnotherTheatreOfTheSameEraAreNotOffered() {
        org.battlequiz.article.ParsedArticle elsewhere = OtherBattles.battle("Battle of Tarn", "Tarnish War",
                "1466-05-02", "Tarn, Tessaly", "Osric Hale", "Tarn League", "Aldric Vane", "Tarn Crown");
        Battle battle = new Battle(Fixtures.oakfield(), List.of(elsewhere));
        List<QuestionContent> items = Fixtures.items(new CommanderItems(), Fixtures.oakfield());
        for (long seed = 0; seed < 5; seed++) {
            for (Draft d : new CommanderItems().drafts(battle, new Random(seed))) {
                List<String> options = d.content().options();
                assertFalse(options.contains("Osric Hale") || options.contains("Aldric Vane"), d::toString);
            }
        }
        assertFalse(items.isEmpty());
    }

    @Test
    void optionsOfAWordChoiceCouldAllFillTheBlank() {
        assertTrue(SignificanceItems.sameShape("Gao Xianzhi", "Li Siye"));
        assertFalse(SignificanceItems.sameShape("Gao Xianzhi", "Muslim"));
        assertFalse(SignificanceItems.sameShape("30,000–50,000", "Muslim"));
        assertTrue(SignificanceItems.sameShape("Tang", "Muslim"));
    }

    @Test
    void withASureWinnerACommandersSideIsAskedByTheOutcomeNotByItsName() {
        Battle battle = new Battle(Fixtures.oakfield(), List.of());
        for (long seed = 0; seed < 5; seed++) {
            for (Draft d : new CommanderItems().drafts(battle, new Random(seed))) {
                String prompt = d.content().prompt();
                assertTrue(prompt.contains("winning side") || prompt.contains("losing side"), prompt);
                assertFalse(prompt.contains("House of"), prompt);
            }
        }
    }
}
