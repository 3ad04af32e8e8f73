package org.battlequiz.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.battlequiz.account.ReturnPath;
import org.junit.jupiter.api.Test;

/** The plain rules of assignments: date order, windows, deadlines with extra time, late marking, status. */
class AssignmentRulesTest {
    private static final Instant OPEN = Instant.parse("2026-12-01T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-08T08:00:00Z");
    private static final Instant CLOSE = Instant.parse("2026-12-09T08:00:00Z");
    private static final AssignmentDates DATES = new AssignmentDates(OPEN, DUE, CLOSE);

    @Test
    void datesMustRunOpenThenDueThenClose() {
        assertEquals(List.of(), AssignmentDates.problems(OPEN, DUE, CLOSE));
        assertEquals(List.of(), AssignmentDates.problems(OPEN, OPEN, OPEN), "equal dates are allowed");
        assertEquals(List.of("The due date must not be before the open date."),
                AssignmentDates.problems(DUE, OPEN, CLOSE));
        assertEquals(List.of("The close date must not be before the due date."),
                AssignmentDates.problems(OPEN, CLOSE, DUE));
    }

    @Test
    void theWindowIsOpenFromTheOpenDateUntilTheClose() {
        assertEquals(AssignmentDates.Window.NOT_OPEN, DATES.windowAt(OPEN.minusSeconds(1)));
        assertEquals(AssignmentDates.Window.OPEN, DATES.windowAt(OPEN));
        assertEquals(AssignmentDates.Window.OPEN, DATES.windowAt(CLOSE.minusSeconds(1)));
        assertEquals(AssignmentDates.Window.CLOSED, DATES.windowAt(CLOSE));
    }

    @Test
    void theDeadlineIsTheTimeLimitWithExtraTimeButNeverPastTheClose() {
        Instant start = OPEN.plus(Duration.ofDays(1));
        assertEquals(start.plus(Duration.ofMinutes(20)), DATES.deadline(start, 20, ExtraTime.NONE));
        assertEquals(start.plus(Duration.ofMinutes(30)), DATES.deadline(start, 20, new ExtraTime(50, null)));
        assertEquals(start.plus(Duration.ofMinutes(35)), DATES.deadline(start, 20, new ExtraTime(null, 15)));
        assertEquals(CLOSE, DATES.deadline(start, null, new ExtraTime(50, null)), "untimed: the close");
        assertEquals(CLOSE, DATES.deadline(CLOSE.minus(Duration.ofMinutes(5)), 20, ExtraTime.NONE));
    }

    @Test
    void aLaterDueDateMovesTheDueDateAndTheCloseWhenItPassesIt() {
        Instant later = DUE.plus(Duration.ofHours(12));
        assertEquals(new AssignmentDates(OPEN, later, CLOSE), DATES.extendedTo(later));
        Instant muchLater = CLOSE.plus(Duration.ofDays(2));
        assertEquals(new AssignmentDates(OPEN, muchLater, muchLater), DATES.extendedTo(muchLater));
        assertEquals(DATES, DATES.extendedTo(DUE.minusSeconds(60)), "an earlier date changes nothing");
        assertEquals(DATES, DATES.extendedTo(null));
    }

    @Test
    void anAttemptSubmittedAfterTheDueDateIsLate() {
        assertFalse(DATES.isLate(DUE));
        assertTrue(DATES.isLate(DUE.plusSeconds(1)));
    }

    @Test
    void aLearnersStatusFollowsTheirAttemptsAndTheDueDate() {
        Instant before = DUE.minusSeconds(60);
        Instant after = DUE.plusSeconds(60);
        assertEquals(LearnerStatus.NOT_STARTED, LearnerStatus.of(before, DUE, false, false, false));
        assertEquals(LearnerStatus.IN_PROGRESS, LearnerStatus.of(before, DUE, false, false, true));
        assertEquals(LearnerStatus.DONE, LearnerStatus.of(after, DUE, true, true, false));
        assertEquals(LearnerStatus.LATE, LearnerStatus.of(after, DUE, false, true, false));
        assertEquals(LearnerStatus.OVERDUE, LearnerStatus.of(after, DUE, false, false, true));
        assertEquals(LearnerStatus.OVERDUE, LearnerStatus.of(after, DUE, false, false, false));
    }

    @Test
    void extraTimeIsAPercentageOrMinutes() {
        assertEquals(Duration.ofMinutes(45), new ExtraTime(50, null).applyTo(Duration.ofMinutes(30)));
        assertEquals(Duration.ofMinutes(40), new ExtraTime(null, 10).applyTo(Duration.ofMinutes(30)));
        assertEquals("+50% time", new ExtraTime(50, null).label());
        assertEquals("+10 min", new ExtraTime(null, 10).label());
        assertEquals("none", ExtraTime.NONE.label());
    }

    @Test
    void dateFieldsAreReadAsUtcMinutes() {
        assertEquals(Optional.of(Instant.parse("2026-12-04T09:30:00Z")), DateInput.parse("2026-12-04T09:30"));
        assertEquals(Optional.of(Instant.parse("2026-12-04T09:30:00Z")), DateInput.parse(" 2026-12-04T09:30:59 "));
        assertEquals(Optional.empty(), DateInput.parse("4 December"));
        assertEquals(Optional.empty(), DateInput.parse("2026-13-04T09:30"));
        assertEquals(Optional.empty(), DateInput.parse(""));
        assertEquals("2026-12-04T09:30", DateInput.field(Instant.parse("2026-12-04T09:30:00Z")));
        assertEquals("Fri 4 Dec 2026, 09:30 UTC", DateInput.shown(Instant.parse("2026-12-04T09:30:00Z")));
    }

    @Test
    void aLoginReturnsOnlyToAPathOfThisSite() {
        assertEquals(Optional.of("/classes/join/K7PX3M"), ReturnPath.of("/classes/join/K7PX3M"));
        assertEquals(Optional.empty(), ReturnPath.of("//evil.example/x"));
        assertEquals(Optional.empty(), ReturnPath.of("https://evil.example/"));
        assertEquals(Optional.empty(), ReturnPath.of("/\\evil.example"));
        assertEquals(Optional.empty(), ReturnPath.of("/login?next=/x"));
        assertEquals(Optional.empty(), ReturnPath.of(null));
    }
}
