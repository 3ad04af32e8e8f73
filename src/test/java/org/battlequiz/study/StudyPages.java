package org.battlequiz.study;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the study pages show, and the schedule rows behind them, for the study tests. */
final class StudyPages {
    private static final Pattern CARD = Pattern.compile("action=\"/study/[a-z0-9/-]+/cards/(\\d+)\"");

    record Counts(int newCards, int learning, int review) {
    }

    record Stored(CardState state, long reviews) {
    }

    private StudyPages() {
    }

    static Counts counts(String html) {
        return new Counts(count(html, "due-new"), count(html, "due-learning"), count(html, "due-review"));
    }

    static long cardId(String html) {
        Matcher matcher = CARD.matcher(html);
        assertTrue(matcher.find(), "the page shows a card");
        return Long.parseLong(matcher.group(1));
    }

    /** The learner's schedule of the card and how many reviews are logged for it; null state when never graded. */
    static Stored stored(String username, long cardId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            StudySchedule schedule = StudySchedule.<StudySchedule>find("user.username = ?1 and card.id = ?2",
                    username, cardId).firstResult();
            long reviews = StudyReview.count("schedule.user.username = ?1 and schedule.card.id = ?2", username,
                    cardId);
            return new Stored(schedule == null ? null : schedule.state(), reviews);
        });
    }

    /** Moves the learner's schedule of the card back in time, as if the minutes had passed. */
    static void timePasses(String username, long cardId, java.time.Duration elapsed) {
        QuarkusTransaction.requiringNew().run(() -> {
            StudySchedule schedule = StudySchedule.<StudySchedule>find("user.username = ?1 and card.id = ?2",
                    username, cardId).firstResult();
            schedule.due = schedule.due.minus(elapsed);
            schedule.lastReview = schedule.lastReview.minus(elapsed);
        });
    }

    private static int count(String html, String kind) {
        Matcher matcher = Pattern.compile("class=\"due " + kind + "\"><dt>[^<]+</dt><dd>(\\d+)</dd>").matcher(html);
        assertTrue(matcher.find(), "the page shows the " + kind + " count");
        return Integer.parseInt(matcher.group(1));
    }
}
