package org.battlequiz.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LopsidedGroupsTest {
    private static List<TextLine> group(String... names) {
        return java.util.Arrays.stream(names).map(n -> TextLine.of(1, n)).toList();
    }

    @Test
    void oneNameAgainstFourOrMoreAcrossABlankLineIsNoSureSplit() {
        assertTrue(SideReader.lopsided(List.of(group("Lake League"),
                group("Orle Republic", "Free Varnia", "Tessa", "Harl Empire", "Marn Empire"))));
        assertTrue(SideReader.lopsided(List.of(group("Orle Republic", "Free Varnia", "Tessa", "Harl Empire"),
                group("Lake League"))));
    }

    @Test
    void evenerGroupsStaySure() {
        assertFalse(SideReader.lopsided(List.of(group("Lake League", "Orle Republic"), group("Harl Empire", "Marn Empire"))));
        assertFalse(SideReader.lopsided(List.of(group("Lake League"), group("Orle Republic", "Free Varnia", "Tessa"))));
    }
}
