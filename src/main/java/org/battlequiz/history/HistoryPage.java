package org.battlequiz.history;

import io.quarkus.qute.RawString;
import java.util.List;

/** Everything the history page shows: one page of attempts, and aggregates over the whole history. */
public record HistoryPage(List<HistoryRow> attempts, int page, boolean hasOlder, long totalAttempts,
                          long finishedAttempts, List<SetScores> sets, List<FactKindMastery> mastery,
                          RawString chart, String chartSummary, List<LiveGameRow> liveGames) {

    public boolean hasNewer() {
        return page > 1;
    }

    public int olderPage() {
        return page + 1;
    }

    public int newerPage() {
        return page - 1;
    }

    public long firstShown() {
        return (long) (page - 1) * HistoryService.PAGE_SIZE + 1;
    }

    public long lastShown() {
        return firstShown() + attempts.size() - 1;
    }
}
