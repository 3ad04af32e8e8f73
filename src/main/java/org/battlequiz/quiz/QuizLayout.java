package org.battlequiz.quiz;

/** How an attempt's questions are paged: one per page (Moodle's default) or all on one page. */
public enum QuizLayout {
    ONE_PER_PAGE("One question per page, with Back and Next"),
    ALL_ON_ONE_PAGE("All questions on one page");

    private final String label;

    QuizLayout(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
