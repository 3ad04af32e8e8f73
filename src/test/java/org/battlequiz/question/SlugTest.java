package org.battlequiz.question;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SlugTest {
    @Test
    void aLeadingNumberOnlyOrdersTheFiles() {
        assertEquals("some-battle", ShippedSetImporter.slugOf(Path.of("dir/07_some-battle.txt")));
    }

    @Test
    void otherCharactersBecomeHyphens() {
        assertEquals("battle-of-x-1942", ShippedSetImporter.slugOf(Path.of("Battle of X (1942).txt")));
    }
}
