package org.battlequiz.quiz;

import java.util.List;

/**
 * The page between "Finish attempt" and Submit: every question answered or not and flagged or not, each linking
 * back to where it is asked, and the time left on a timed attempt.
 */
public record SummaryView(long attemptId, String setTitle, boolean practice, List<Item> items, String backHref,
                          Long secondsLeft) {

    /** One question of the summary; href opens it on the quiz page. */
    public record Item(int number, String prompt, boolean answered, boolean flagged, String href) {
        public String status() {
            return answered ? "Answered" : "Not answered";
        }
    }

    public long answeredCount() {
        return items.stream().filter(Item::answered).count();
    }

    public long unansweredCount() {
        return items.size() - answeredCount();
    }

    public long flaggedCount() {
        return items.stream().filter(Item::flagged).count();
    }

    public boolean timed() {
        return secondsLeft != null;
    }

    public String timeLeft() {
        return TimeLeftText.of(secondsLeft);
    }
}
