package org.battlequiz.game;

import java.util.List;

/**
 * How the class did on one question of a game: answers, share right, picks, average time, and whether slowest; a
 * question the host skipped has no answers and no picks.
 */
public record QuestionReport(int number, String prompt, long answers, int rightPercent, double averageSeconds,
                             boolean slowest, boolean skipped, List<Tally> picks) {
    public String averageText() {
        return String.format(java.util.Locale.ROOT, "%.1f", averageSeconds);
    }
}
