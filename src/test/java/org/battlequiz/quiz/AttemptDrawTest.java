package org.battlequiz.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AttemptDrawTest {
    private static final List<Long> POOL = List.of(10L, 11L, 12L, 13L, 14L, 15L);

    @Test
    void drawsTheRequestedNumberInPoolOrder() {
        List<Long> drawn = AttemptDraw.draw(POOL, Set.of(), 3, 7);
        assertEquals(3, drawn.size());
        assertEquals(drawn.stream().sorted().toList(), drawn);
    }

    @Test
    void unseenItemsComeFirst() {
        for (long seed = 0; seed < 50; seed++) {
            assertEquals(List.of(13L, 14L, 15L), AttemptDraw.draw(POOL, Set.of(10L, 11L, 12L), 3, seed));
            List<Long> drawn = AttemptDraw.draw(POOL, Set.of(10L, 11L, 12L, 13L, 14L), 3, seed);
            assertTrue(drawn.contains(15L), "the only unseen item is always drawn: " + drawn);
        }
    }

    @Test
    void noCountOrATooLargeOneTakesTheWholePool() {
        assertEquals(POOL, AttemptDraw.draw(POOL, Set.of(), null, 1));
        assertEquals(POOL, AttemptDraw.draw(POOL, Set.of(), 99, 1));
    }

    @Test
    void shufflingIsStableForASeedAndKeepsEveryItem() {
        List<Long> once = AttemptDraw.order(POOL, true, 42);
        assertEquals(once, AttemptDraw.order(POOL, true, 42));
        assertEquals(new HashSet<>(POOL), new HashSet<>(once));
        assertEquals(POOL, AttemptDraw.order(POOL, false, 42));
    }
}
