package org.battlequiz.game;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NicknamesTest {
    @Test
    void cleaningTrimsAndCollapsesSpaces() {
        assertEquals("Anna B", Nicknames.clean("  Anna \t  B "));
    }

    @Test
    void lengthAndCharactersAreChecked() {
        assertTrue(Nicknames.problem("A").isPresent());
        assertTrue(Nicknames.problem("A".repeat(21)).isPresent());
        assertTrue(Nicknames.problem("<script>").isPresent());
        assertTrue(Nicknames.problem("-dash first").isPresent());
        assertTrue(Nicknames.problem("Zoë O'Neil-Smith").isEmpty());
        assertTrue(Nicknames.problem("Player 7").isEmpty());
    }

    @Test
    void refusedWordsAreFoundAsWordsEvenDisguisedButNotInsideOtherWords() {
        assertTrue(Nicknames.problem("Sh1t").isPresent());
        assertTrue(Nicknames.problem("big b1tch").isPresent());
        assertTrue(Nicknames.problem("Scunthorpe").isEmpty());
        assertTrue(Nicknames.problem("Hitler").isPresent());
    }
}
