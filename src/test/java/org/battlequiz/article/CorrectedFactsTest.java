package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.battlequiz.article.FactCorrection.Action;
import org.battlequiz.article.FactCorrection.Kind;
import org.junit.jupiter.api.Test;

/** Corrections replayed on what the parser read: each kind of change, in order, and those that no longer fit. */
class CorrectedFactsTest {
    private static final SourceLine CMD = new SourceLine(9, "Lord Ashby Sir Cole", List.of());

    private static ParsedArticle read() {
        Side left = new Side(List.of(new NamedEntry("Kingdom of Arden", null, 0.6)),
                List.of(new Commander("Lord Ashby", null, CMD, 0.8), new Commander("Sir Cole", "KIA", CMD, 0.8)),
                List.of(), new Strength(12_000L, 12_000L, "12,000 foot", List.of(), 0.6), null);
        Side right = new Side(List.of(new NamedEntry("Brenn Republic", null, 0.6)),
                List.of(new Commander("Marshal Dace", null, CMD, 0.9)), List.of(),
                new Strength(8_000L, 9_000L, "8,000–9,000", List.of(), 0.6),
                new Casualties(500L, null, null, "500 killed", List.of(), List.of(), 0.6));
        return new ParsedArticle("Battle of Arden Ford", null, "1415-10-25", "1415-10-25", "Arden", "Brenn victory", 1,
                List.of(left, right), List.of(), Map.of());
    }

    private static FactCorrection of(Action action, Kind kind, int side, String target, int toSide,
                                     Map<String, String> values) {
        return new FactCorrection(action, kind, side, target, toSide, values);
    }

    @Test
    void aMovedCommanderLeavesItsSideForTheOtherAndIsSure() {
        ParsedArticle after = CorrectedFacts.apply(read(), List.of(
                of(Action.MOVE, Kind.COMMANDER, 0, "Sir Cole", 1, Map.of()))).facts();
        assertEquals(List.of("Lord Ashby"), after.sides().get(0).commanders().stream().map(Commander::name).toList());
        Commander moved = after.sides().get(1).commanders().get(1);
        assertEquals("Sir Cole", moved.name());
        assertEquals("KIA", moved.note());
        assertEquals(CMD, moved.source());
        assertEquals(CorrectedFacts.CHECKED, moved.confidence());
    }

    @Test
    void movingAFigureExchangesItWithTheOtherSidesSoNeitherIsLost() {
        ParsedArticle after = CorrectedFacts.apply(read(), List.of(
                of(Action.MOVE, Kind.STRENGTH, 0, null, 1, Map.of()),
                of(Action.MOVE, Kind.CASUALTIES, 1, null, 0, Map.of()))).facts();
        assertEquals("8,000–9,000", after.sides().get(0).strength().text());
        assertEquals("12,000 foot", after.sides().get(1).strength().text());
        assertEquals("500 killed", after.sides().get(0).casualties().text());
        assertNull(after.sides().get(1).casualties());
    }

    @Test
    void fixesRemovalsAdditionsAndBattleFactsApplyInOrder() {
        CorrectedFacts.Outcome outcome = CorrectedFacts.apply(read(), List.of(
                of(Action.FIX, Kind.BELLIGERENT, 0, "Kingdom of Arden", -1, Map.of("name", "Kingdom of Ardenne")),
                of(Action.FIX, Kind.COMMANDER, 1, "Marshal Dace", -1, Map.of("name", "Marshal Dance", "note", "POW")),
                of(Action.REMOVE, Kind.COMMANDER, 0, "Lord Ashby", -1, Map.of()),
                of(Action.ADD, Kind.COMMANDER, 0, null, -1, Map.of("name", "Earl Vane", "lineNumber", "4",
                        "lineText", "Earl Vane led the left")),
                of(Action.FIX, Kind.STRENGTH, 1, null, -1, Map.of("min", "7000", "max", "7000", "text", "7,000 men")),
                of(Action.FIX, Kind.DATES, -1, null, -1, Map.of("start", "1416-10-25", "end", "1416-10-27")),
                of(Action.FIX, Kind.RESULT, -1, null, -1, Map.of("result", "Arden victory", "winner", "0")),
                of(Action.REMOVE, Kind.PLACE, -1, null, -1, Map.of())));
        ParsedArticle after = outcome.facts();
        assertEquals(List.of(), outcome.unapplied());
        assertEquals("Kingdom of Ardenne", after.sides().get(0).belligerents().get(0).name());
        assertEquals(List.of("Sir Cole", "Earl Vane"),
                after.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(new SourceLine(4, "Earl Vane led the left", List.of()), after.sides().get(0).commanders().get(1).source());
        assertEquals("POW", after.sides().get(1).commanders().get(0).note());
        assertEquals(7000L, after.sides().get(1).strength().min());
        assertEquals("7,000 men", after.sides().get(1).strength().text());
        assertEquals("1416-10-25", after.dateStart());
        assertEquals("1416-10-27", after.dateEnd());
        assertEquals(0, after.winner());
        assertEquals("Arden victory", after.result());
        assertNull(after.location());
    }

    @Test
    void anAddedFactWithoutALineCitesTheTeachersEntry() {
        ParsedArticle after = CorrectedFacts.apply(read(), List.of(
                of(Action.ADD, Kind.CASUALTIES, 0, null, -1, Map.of("killed", "300", "text", "300 killed")))).facts();
        Casualties added = after.sides().get(0).casualties();
        assertEquals(300L, added.killed());
        assertEquals("Added by the teacher: Casualties, 300 killed", added.sources().get(0).text());
    }

    @Test
    void aCorrectionWhoseFactIsGoneIsReportedAndNeverAppliedToAnother() {
        CorrectedFacts.Outcome outcome = CorrectedFacts.apply(read(), List.of(
                of(Action.FIX, Kind.COMMANDER, 0, "Lord Ashby", -1, Map.of("name", "Lord Ashbey")),
                of(Action.MOVE, Kind.COMMANDER, 0, "Lord Ashby", 1, Map.of()),
                of(Action.REMOVE, Kind.CASUALTIES, 0, null, -1, Map.of()),
                of(Action.MOVE, Kind.COMMANDER, 0, "Sir Cole", 5, Map.of()),
                of(Action.CONFIRM, Kind.BELLIGERENT, 1, "Brenn Republic", -1, Map.of())));
        assertEquals(List.of(1, 2, 3), outcome.unapplied());
        ParsedArticle after = outcome.facts();
        assertEquals(List.of("Lord Ashbey", "Sir Cole"),
                after.sides().get(0).commanders().stream().map(Commander::name).toList());
        assertEquals(CorrectedFacts.CHECKED, after.sides().get(1).belligerents().get(0).confidence());
        assertEquals(0.6, after.sides().get(0).belligerents().get(0).confidence());
    }

    @Test
    void theHistorySaysWhichFactChangedFromWhatToWhat() {
        ParsedArticle before = read();
        assertEquals(new CorrectedFacts.Change("Commander Sir Cole", "On side 1", "On side 2"), CorrectedFacts.describe(
                before, of(Action.MOVE, Kind.COMMANDER, 0, "Sir Cole", 1, Map.of())));
        assertEquals(new CorrectedFacts.Change("Commander Marshal Dace", "Marshal Dace", "Marshal Dance (POW)"),
                CorrectedFacts.describe(before, of(Action.FIX, Kind.COMMANDER, 1, "Marshal Dace", -1,
                        Map.of("name", "Marshal Dance", "note", "POW"))));
        assertEquals(new CorrectedFacts.Change("Strength of side 2", "8,000–9,000", "Removed"), CorrectedFacts.describe(
                before, of(Action.REMOVE, Kind.STRENGTH, 1, null, -1, Map.of())));
        assertEquals(new CorrectedFacts.Change("Dates", "1415-10-25", "1415-10-25 to 1415-10-26"), CorrectedFacts.describe(
                before, of(Action.FIX, Kind.DATES, -1, null, -1, Map.of("start", "1415-10-25", "end", "1415-10-26"))));
        assertEquals(new CorrectedFacts.Change("Result", "Brenn victory (winner: side 2)", "Draw (no winner named)"),
                CorrectedFacts.describe(before, of(Action.FIX, Kind.RESULT, -1, null, -1, Map.of("result", "Draw"))));
        assertEquals(new CorrectedFacts.Change("Commander Earl Vane", "(none)", "Earl Vane"), CorrectedFacts.describe(
                before, of(Action.ADD, Kind.COMMANDER, 0, null, -1, Map.of("name", "Earl Vane"))));
    }
}
