package org.battlequiz.study;

import java.util.List;

/** What the study pages show: records filled by {@link StudyService}, read by the templates. */
public final class StudyViews {
    private StudyViews() {
    }

    /** A deck on the study page with what is waiting in it today. */
    public record DeckSummary(String path, String title, String description, DueCounts counts, int cards) {
    }

    public record Overview(DueCounts total, DeckSummary mistakes, List<DeckSummary> sets, int newCardsPerDay) {
    }

    /** One of the four grade buttons: the rating sent, its label and when the card would come back. */
    public record GradeOption(String value, String label, String interval) {
    }

    /** A card as shown; {@code review} is the number of grades it has had, sent back so a resent grade counts once. */
    public record CardView(long id, String front, List<String> cues, String answer, String note, String source,
                           int review) {
    }

    /** A study session page: the deck's counts and its next card (null when nothing is due), revealed or not. */
    public record Session(String deckPath, String deckTitle, Long setId, DueCounts counts, CardView card,
                          List<GradeOption> grades, String nextDueIn) {
        public boolean revealed() {
            return !grades.isEmpty();
        }
    }
}
