package org.battlequiz.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.battlequiz.article.Commander;
import org.battlequiz.article.NamedEntry;
import org.battlequiz.article.ParsedArticle;
import org.battlequiz.article.Side;
import org.battlequiz.generation.item.QuestionContent;
import org.battlequiz.generation.item.QuestionType;
import org.junit.jupiter.api.Test;

class ParticipantItemsTest {
    /** Invented entries around Oakfield (1461, Kent): some near in time, some of another era or region. */
    private static final Gazetteer GAZETTEER = new Gazetteer(
            List.of("# name\tfrom\tto\tregions",
                    "Walter Crane\t1440\t1457\tbritain",
                    "Hugo Marsh\t1445\t1456\tbritain,france",
                    "Piers Gale\t1435\t1456\tbritain",
                    "Osric Dunn\t1455\t1465\tbritain",
                    "Tobias Neville\t1444\t1456\tbritain",
                    "Aldric Moor\t1420\t1445\tbritain",
                    "Ivo Stark\t1940\t1945\tbritain",
                    "Ansel Varga\t1425\t1450\tbalkans"),
            List.of("Kingdom of Kent Marches\t1400\t1500\tbritain", "Duchy of Wessmoor\t1350\t1480\tbritain",
                    "Free City of Orrin\t1300\t1600\tbritain,france", "Republic of Tessa\t1800\t9999\tbritain",
                    "Tarn Khanate\t1400\t1500\tcentral-asia"),
            List.of("Wars of the Cousins\t1440\t1448\tbritain", "War of the Marches\t1475\t1480\tbritain",
                    "Long Siege War\t1455\t1470\tbritain", "Steppe War\t1440\t1450\tcentral-asia"),
            List.of("Kent\tbritain", "Normandy\tfrance"));

    private static List<QuestionContent> items() {
        return new ParticipantItems().drafts(new Battle(guessedColumns(), List.of(), GAZETTEER), new Random(4))
                .stream().map(Draft::content).toList();
    }

    /** Oakfield as read from a page that lost its labels: every side attribution is a guess. */
    private static ParsedArticle guessedColumns() {
        ParsedArticle a = Fixtures.oakfield();
        List<Side> sides = a.sides().stream().map(s -> new Side(
                s.belligerents().stream().map(e -> new NamedEntry(e.name(), e.source(), 0.6)).toList(),
                s.commanders().stream().map(c -> new Commander(c.name(), c.note(), c.source(), 0.6)).toList(),
                s.units(), s.strength(), s.casualties())).toList();
        return new ParsedArticle(a.title(), a.partOf(), a.dateStart(), a.dateEnd(), a.location(), a.result(),
                a.winner(), sides, a.bodyFacts(), a.fieldSources());
    }

    @Test
    void noStateIsAskedAmongOtherStatesOfItsTimeAndRegion() {
        assertTrue(items().stream().noneMatch(q -> q.prompt().startsWith("Which of these states")), items()::toString);
        assertTrue(items().stream().anyMatch(q -> q.prompt().startsWith("Which of these commanders fought")));
    }

    @Test
    void withSureColumnsOnlyTheSelectAllItemIsMadeForSideItemsAskTheRest() {
        List<QuestionContent> sure = new ParticipantItems().drafts(new Battle(Fixtures.oakfield(), List.of(),
                GAZETTEER), new Random(4)).stream().map(Draft::content).toList();
        assertEquals(List.of(QuestionType.MULTIPLE_SELECT), sure.stream().map(QuestionContent::type).toList());
    }

    @Test
    void theBattlesRegionComesFromTheLastKnownPlaceOfItsLocation() {
        assertEquals(Set.of("britain"), GAZETTEER.regionsOf("Oakfield, Kent", List.of(), List.of(), null));
        assertEquals(Set.of("britain"), GAZETTEER.regionsOf("Oakfield, Kent", List.of("Tarn Khanate"),
                List.of("Ansel Varga"), null), "a known place outweighs where the sides came from");
        assertEquals(Set.of("britain", "central-asia"),
                GAZETTEER.regionsOf("Nowhere", List.of("Tarn Khanate", "Duchy of Wessmoor"), List.of(), null));
        assertEquals(Set.of(), GAZETTEER.regionsOf("Nowhere", List.of("Unknown Land"), List.of(), null));
        assertEquals(Set.of("britain"), GAZETTEER.regionsOf("Orrin Field, Free City of Orrin", List.of(), List.of(), null),
                "a state named as the place gives its core region");
    }

    @Test
    void aBelligerentOrACommanderGivesOnlyTheFirstRegionItsRowLists() {
        assertEquals(Set.of("britain"), GAZETTEER.regionsOf(null, List.of("Free City of Orrin"), List.of(), null));
        assertEquals(Set.of("britain"), GAZETTEER.regionsOf(null, List.of(), List.of("Hugo Marsh"), null));
    }

    @Test
    void wrongCommandersAreOfTheRegionAndNearTheEraButNeverActiveInTheBattlesYear() {
        List<String> wrong = GAZETTEER.commandersNear(1461, Set.of("britain"));
        assertEquals(Set.of("Walter Crane", "Hugo Marsh", "Piers Gale", "Tobias Neville"), Set.copyOf(wrong));
        assertFalse(wrong.contains("Osric Dunn"), "active in 1461, so he might have been there");
        assertFalse(wrong.contains("Aldric Moor"), "last in command sixteen years before: likely dead by then");
    }

    @Test
    void warsGoingOnInTheBattlesYearOrBegunAfterItAreNeverOfferedAsTheWrongWar() {
        List<String> wars = GAZETTEER.warsNear(1461, Set.of("britain"), 20);
        assertEquals(List.of("Wars of the Cousins"), wars, "ended before; the War of the Marches began after");
    }

    @Test
    void aCommanderIsAskedAmongOthersOfHisEraWhoWereNotThere() {
        QuestionContent q = items().stream().filter(i -> i.type() == QuestionType.SINGLE_CHOICE
                && i.prompt().startsWith("Which of these commanders fought at")).findFirst().orElseThrow();
        assertEquals("Edward of March", q.keys().get(0));
        assertEquals(4, q.options().size());
        assertTrue(q.options().stream().noneMatch(o -> o.equals("Ivo Stark") || o.equals("Ansel Varga")
                || o.equals("Osric Dunn") || o.equals("Tobias Neville")), q.options()::toString);
        assertTrue(q.explanation().contains("Edward of March was one of the commanders at the Battle of Oakfield."),
                q::explanation);
    }

    @Test
    void bothSidesLeadersAreKeysOfOneSelectAllItem() {
        QuestionContent q = items().stream().filter(i -> i.type() == QuestionType.MULTIPLE_SELECT).findFirst()
                .orElseThrow();
        assertEquals(Set.of("Edward of March", "Henry Beaufort"), Set.copyOf(q.keys()));
        assertEquals(5, q.options().size());
    }

    @Test
    void withNoKnownRegionNoItemIsMade() {
        Gazetteer empty = new Gazetteer(List.of(), List.of(), List.of(), List.of());
        assertTrue(new ParticipantItems().drafts(new Battle(guessedColumns(), List.of(), empty), new Random(1))
                .isEmpty());
    }

    @Test
    void aFigureOrALowerCaseWordIsNoCommandersName() {
        assertTrue(ParticipantItems.isAName("Charles de Gaulle"));
        assertTrue(ParticipantItems.isAName("Ibrahim ibn Ahmad al-Ghazi"));
        assertFalse(ParticipantItems.isAName("Reinforced company About 150 soldiers"));
        assertFalse(ParticipantItems.isAName("Several chiefs of the clans"));
    }
}
