package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Sixty random review histories (each card graduated with Easy, then twelve grades, some reviews days late)
 * scheduled by ts-fsrs 5.4.2 with default FSRS-6 weights, fuzz off; ours must reach the same memory state at
 * every step. ts-fsrs rounds to 8 decimals per step, hence the tolerance. Regenerate with
 * {@code npm install ts-fsrs@5.4.2 && node ts-fsrs-5.4.2-trajectories.cjs} beside the JSON file.
 */
class FsrsParityTest {
    private static final Path TRAJECTORIES = Path.of("src/test/resources/study/ts-fsrs-5.4.2-trajectories.json");
    private static final CardPhase[] TS_FSRS_STATES = {CardPhase.NEW, CardPhase.LEARNING, CardPhase.REVIEW,
        CardPhase.RELEARNING};

    @Test
    void randomHistoriesReachTheMemoryStateTsFsrsGives() throws IOException {
        FsrsScheduler scheduler = FsrsScheduler.withDefaults();
        JsonNode histories = new ObjectMapper().readTree(TRAJECTORIES.toFile());
        assertEquals(60, histories.size());
        for (int h = 0; h < histories.size(); h++) {
            JsonNode history = histories.get(h);
            Instant created = Instant.parse("2026-01-05T01:00:00Z");
            CardState card = scheduler.review(CardState.newCard(created), Rating.EASY, created).card();
            for (int i = 0; i < history.size(); i++) {
                JsonNode step = history.get(i);
                Rating rating = Rating.values()[step.get("rating").asInt() - 1];
                card = scheduler.review(card, rating, Instant.parse(step.get("at").asText())).card();
                String where = "history " + h + " step " + i + " (" + rating + ")";
                assertEquals(TS_FSRS_STATES[step.get("state").asInt()], card.state(), where);
                assertEquals(step.get("stability").asDouble(), card.stability(), 1e-5 * Math.max(1, card.stability()),
                        where + " stability");
                assertEquals(step.get("difficulty").asDouble(), card.difficulty(), 1e-5, where + " difficulty");
            }
        }
    }
}
