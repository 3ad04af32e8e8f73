package org.battlequiz.game;

import io.quarkus.qute.RawString;
import java.util.List;

/** Everything the host's projector page shows at one moment of the game. */
public record HostView(long id, String pin, long setId, String setTitle, String joinUrl, RawString qr, Phase phase,
                       long secondsLeft, int secondsPerQuestion, boolean speedPoints, int skippedLongAnswers,
                       int questionCount, boolean lastQuestion, List<Standing> players, long answered,
                       LiveQuestion question, List<Tally> tallies, List<Standing> top, List<Standing> standings,
                       List<QuestionReport> report, int refreshSeconds) {

    public List<Standing> podium() {
        return standings.stream().filter(s -> s.rank() <= 3).limit(3).toList();
    }
}
