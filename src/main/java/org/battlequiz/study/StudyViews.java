package org.battlequiz.study;

import java.util.List;

/** What the study pages show: records filled by {@link StudyService}, read by the templates. */
public final class StudyViews {
    private StudyViews() {
    }

    /** A deck on the study page with what is waiting in it today. */
    public record DeckSummary(String path, String title, String description, DueCounts counts, int cards) {
    }

    public record Overview(DueCounts total, DeckSummary mistakes, List<DeckSummary> sets, int newCardsPerDay,
                           int extraToday) {
    }

    /**
     * The "study more" choices of a deck: new cards left today of the daily limit plus the extra already chosen
     * today, the most extra cards one choice may add, and how many of the deck's cards are still new.
     */
    public record StudyMore(int newLeftToday, int newCardsPerDay, int extraToday, int maxExtra, int newInDeck,
                            int cards) {
        public int suggested() {
            return Math.min(10, maxExtra);
        }
    }

    /** One of the four grade buttons: the rating sent, its label and when the card would come back. */
    public record GradeOption(String value, String label, String interval) {
    }

    /** A card as shown; {@code review} is the number of grades it has had, sent back so a resent grade counts once. */
    public record CardView(long id, String front, List<String> cues, String answer, String note, String source,
                           int review) {
    }

    /**
     * A study session page: the deck's counts and its next card (null when nothing is due), revealed or not;
     * {@code againSince} starts a session through every card once (null otherwise); {@code more} is null when it goes
     * through every card of the deck once.
     */
    public record Session(String deckPath, String againSince, String deckTitle, Long setId, DueCounts counts,
                          CardView card, List<GradeOption> grades, String nextDueIn, StudyMore more) {
        public boolean revealed() {
            return !grades.isEmpty();
        }

        public boolean goingThrough() {
            return more == null;
        }
    }
}
