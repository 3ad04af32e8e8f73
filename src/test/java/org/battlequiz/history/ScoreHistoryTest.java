package org.battlequiz.history;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreHistoryTest {

    @Test
    void masteryGroupsRelatedKindsAndListsTheWeakestFirst() {
        List<FactKindMastery> mastery = ScoreHistory.mastery(List.of(
                new FactKindMastery("date", 4, 3),
                new FactKindMastery("duration", 2, 1),
                new FactKindMastery("commander", 3, 0.5),
                new FactKindMastery("commander-sides", 1, 0.5),
                new FactKindMastery("winner", 2, 2),
                new FactKindMastery(null, 1, 1),
                new FactKindMastery(" Manual ", 1, 0)));
        assertEquals(List.of(
                new FactKindMastery("commander", 4, 1),
                new FactKindMastery("other", 2, 1),
                new FactKindMastery("date", 6, 4),
                new FactKindMastery("outcome", 2, 2)), mastery);
        assertEquals(List.of("Commanders", "Other questions", "Dates", "Outcomes"),
                mastery.stream().map(FactKindMastery::label).toList());
        assertEquals(67, mastery.get(2).percent());
    }

    @Test
    void noAnswersGiveNoMastery() {
        assertEquals(List.of(), ScoreHistory.mastery(List.of()));
        assertEquals(List.of(), ScoreHistory.mastery(List.of(new FactKindMastery("date", 0, 0))));
        assertEquals(0, new FactKindMastery("strength", 0, 0).percent());
    }

    @Test
    void durationsReadAsPeopleWriteThem() {
        assertEquals("0 s", DurationText.of(Duration.ZERO));
        assertEquals("45 s", DurationText.of(Duration.ofSeconds(45)));
        assertEquals("7 min 5 s", DurationText.of(Duration.ofSeconds(425)));
        assertEquals("3 min", DurationText.of(Duration.ofMinutes(3)));
        assertEquals("2 h 10 min", DurationText.of(Duration.ofMinutes(130).plusSeconds(59)));
        assertEquals("1 h", DurationText.of(Duration.ofHours(1)));
        assertEquals("0 s", DurationText.of(Duration.ofSeconds(-5)));
    }
}
