package org.battlequiz.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The text alternative of a score chart: how many attempts, over which dates, the last, best and average score. */
final class ChartSummary {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ChartSummary() {
    }

    static String describe(List<ScorePoint> chronological, ZoneId zone) {
        if (chronological.isEmpty()) {
            return "No attempts yet.";
        }
        ScorePoint first = chronological.get(0);
        ScorePoint last = chronological.get(chronological.size() - 1);
        if (chronological.size() == 1) {
            return "1 attempt on " + day(first, zone) + "; score " + percent(first.percent()) + ".";
        }
        double best = chronological.stream().mapToDouble(ScorePoint::percent).max().orElse(0);
        double average = chronological.stream().mapToDouble(ScorePoint::percent).average().orElse(0);
        String from = day(first, zone);
        String to = day(last, zone);
        String span = from.equals(to) ? "on " + from : "from " + from + " to " + to;
        return chronological.size() + " attempts " + span + "; last " + percent(last.percent())
                + ", best " + percent(best) + ", average " + percent(average) + ".";
    }

    private static String day(ScorePoint point, ZoneId zone) {
        return DAY.format(point.at().atZone(zone));
    }

    static String percent(double value) {
        return Math.round(value) + "%";
    }
}
